package io.densehebb.mc;

import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.model.BruteForceEnergy;
import io.densehebb.model.Interaction;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;
import io.densehebb.model.RandomStreams;
import io.densehebb.observables.BinningAccumulator;
import io.densehebb.observables.Magnetisations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A single-temperature chain samples the Boltzmann distribution: at N = 10 its time averages of the
 * energy per spin and of |m_1| agree with the exact averages over all 2^10 states within three binning
 * error bars (seeded, so the outcome is fixed; the tolerance comes from the chain's own error bar).
 */
class DetailedBalanceTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DetailedBalanceTest.class);

    private static final int N = 10;
    private static final int SWEEPS = 200_000;

    @ParameterizedTest(name = "P={0} {1} T={2} ({3} order)")
    @CsvSource({
        "2, metropolis, 0.8, random",
        "2, heat-bath,  0.8, random",
        "4, metropolis, 0.4, random",
        "4, heat-bath,  0.4, sequential",
        "4, metropolis, 0.4, sequential"
    })
    void chainReproducesExactBoltzmannAverages(int p, String rule, double temperature, String order) {
        Network network = Network.synthetic(NetworkSpec.hopfield(p, N, 2, Interaction.DISTINCT), 11);
        Exact exact = exactAverages(network, 1.0 / temperature);

        var init = RandomStreams.create(3, RandomStreams.Purpose.INITIAL_STATE, 0);
        byte[] sigma = new byte[N];
        for (int i = 0; i < N; i++) {
            sigma[i] = init.nextBoolean() ? (byte) 1 : (byte) -1;
        }
        MonteCarloChain chain = new MonteCarloChain(SpinState.of(new Couplings(network), sigma),
                UpdateRule.parse("rule", rule), SweepOrder.parse("order", order), temperature,
                RandomStreams.create(3, RandomStreams.Purpose.DYNAMICS, 0));
        chain.sweeps(1000);
        BinningAccumulator energy = new BinningAccumulator();
        BinningAccumulator absM = new BinningAccumulator();
        for (int s = 0; s < SWEEPS; s++) {
            chain.sweep();
            energy.add(chain.state().energy() / N);
            absM.add(Math.abs(Magnetisations.mattis(network, chain.state().spins())[0]));
        }
        LOG.info("P={} {} T={} {}: E/N {} +- {} (exact {}), |m1| {} +- {} (exact {}), tau_int(E) {} sweeps",
                p, rule, temperature, order, energy.mean(), energy.error(), exact.energyPerSpin,
                absM.mean(), absM.error(), exact.absM, energy.autocorrelationTime());
        assertThat(energy.binsUsed()).isGreaterThanOrEqualTo(BinningAccumulator.MIN_BINS);
        assertThat(Math.abs(energy.mean() - exact.energyPerSpin))
                .as("E/N: chain %.6f +- %.6f, exact %.6f", energy.mean(), energy.error(), exact.energyPerSpin)
                .isLessThanOrEqualTo(3 * energy.error());
        assertThat(Math.abs(absM.mean() - exact.absM))
                .as("|m_1|: chain %.6f +- %.6f, exact %.6f", absM.mean(), absM.error(), exact.absM)
                .isLessThanOrEqualTo(3 * absM.error());
        // the two averages differ from their infinite-temperature values, so the check has teeth
        assertThat(Math.abs(exact.absM - infiniteTemperatureAbsM())).isGreaterThan(10 * absM.error());
        chain.state().checkConsistency();
    }

    record Exact(double energyPerSpin, double absM) {
    }

    static Exact exactAverages(Network network, double beta) {
        double[] energies = BruteForceEnergy.allEnergies(network);
        double eMin = Double.POSITIVE_INFINITY;
        for (double e : energies) {
            eMin = Math.min(eMin, e);
        }
        double z = 0;
        double e1 = 0;
        double m1 = 0;
        for (int s = 0; s < energies.length; s++) {
            double w = Math.exp(-beta * (energies[s] - eMin));
            z += w;
            e1 += w * energies[s];
            m1 += w * Math.abs(Magnetisations.mattis(network, BruteForceEnergy.configuration(s, N))[0]);
        }
        return new Exact(e1 / z / N, m1 / z);
    }

    private static double infiniteTemperatureAbsM() {
        // E|m| for N fair signs: sum_k binom(N,k) |2k - N| / (N 2^N)
        double sum = 0;
        double binom = 1;
        for (int k = 0; k <= N; k++) {
            sum += binom * Math.abs(2 * k - N);
            binom = binom * (N - k) / (k + 1);
        }
        return sum / N / Math.pow(2, N);
    }
}
