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
 *
 * <p>Smallest bias caught: the runs are long enough (2 x 10^5 sweeps at P = 2, 3 x 10^6 at P = 4, where
 * tau_int(E) is 6 to 10 sweeps) for the error bar of E/N to be at most 1/4 % of |E/N| (asserted), so a
 * 1 % shift of E/N is at least 4 error bars and fails the 3-error-bar window (with probability above
 * 84 %; measured: 0.04 % at P = 2, 0.16 to 0.21 % at P = 4). The biased build
 * of {@link #aChainWithItsAcceptanceExponentScaledByOnePercentIsRejected} is the chain whose
 * acceptance exponent is scaled by 1.01 (beta dE -> 1.01 beta dE, the same as E shifted by 1 % in
 * the acceptance): in law that is the correct chain at T / 1.01, so it is run as exactly that.
 */
class DetailedBalanceTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DetailedBalanceTest.class);

    private static final int N = 10;
    /** Sweeps measured at P = 2 and at P = 4 (the slower chain). */
    private static final int SWEEPS_P2 = 200_000;
    private static final int SWEEPS_P4 = 3_000_000;
    /** The error bar of E/N as a fraction of |E/N| the run must reach for a 1 % shift to be >= 4 error bars. */
    private static final double RELATIVE_ERROR_BOUND = 0.0025;

    @ParameterizedTest(name = "P={0} {1} T={2} ({3} order)")
    @CsvSource({
        "2, metropolis, 0.8, random",
        "2, heat-bath,  0.8, random",
        "4, metropolis, 0.4, random",
        "4, heat-bath,  0.4, sequential",
        "4, metropolis, 0.4, sequential"
    })
    void chainReproducesExactBoltzmannAverages(int p, String rule, double temperature, String order) {
        Network network = network(p);
        Exact exact = exactAverages(network, 1.0 / temperature);
        Measured measured = measure(network, rule, order, temperature);
        LOG.info("P={} {} T={} {}: E/N {} +- {} (exact {}, error {} % of |E/N|), |m1| {} +- {} (exact {}), tau_int(E) {} sweeps",
                p, rule, temperature, order, measured.energy.mean(), measured.energy.error(), exact.energyPerSpin,
                100 * measured.energy.error() / Math.abs(exact.energyPerSpin), measured.absM.mean(), measured.absM.error(),
                exact.absM, measured.energy.autocorrelationTime());
        assertThat(measured.energy.binsUsed()).isGreaterThanOrEqualTo(BinningAccumulator.MIN_BINS);
        assertThat(measured.energy.error()).as("the error bar is small enough for a 1 % shift of E/N to be 4 error bars")
                .isLessThanOrEqualTo(RELATIVE_ERROR_BOUND * Math.abs(exact.energyPerSpin));
        assertThat(Math.abs(measured.energy.mean() - exact.energyPerSpin))
                .as("E/N: chain %.6f +- %.6f, exact %.6f", measured.energy.mean(), measured.energy.error(), exact.energyPerSpin)
                .isLessThanOrEqualTo(3 * measured.energy.error());
        assertThat(Math.abs(measured.absM.mean() - exact.absM))
                .as("|m_1|: chain %.6f +- %.6f, exact %.6f", measured.absM.mean(), measured.absM.error(), exact.absM)
                .isLessThanOrEqualTo(3 * measured.absM.error());
        // the two averages differ from their infinite-temperature values, so the check has teeth
        assertThat(Math.abs(exact.absM - infiniteTemperatureAbsM())).isGreaterThan(10 * measured.absM.error());
        measured.chain.state().checkConsistency();
    }

    /**
     * The same check against a chain whose acceptance exponent is 1 % too large fails: its E/N is off
     * the exact value by more than 3 of its error bars (by how many is logged). Every rule and order of
     * the test above is covered by one case of each P.
     */
    @ParameterizedTest(name = "P={0} {1} T={2} ({3} order)")
    @CsvSource({
        "2, metropolis, 0.8, random",
        "4, heat-bath,  0.4, sequential"
    })
    void aChainWithItsAcceptanceExponentScaledByOnePercentIsRejected(int p, String rule, double temperature, String order) {
        Network network = network(p);
        Exact exact = exactAverages(network, 1.0 / temperature);
        Measured biased = measure(network, rule, order, temperature / 1.01);
        double deviation = Math.abs(biased.energy.mean() - exact.energyPerSpin) / biased.energy.error();
        LOG.info("P={} {} T={} exponent x 1.01: E/N {} +- {} vs exact {}: {} error bars ({} % of |E/N|)", p, rule, temperature,
                biased.energy.mean(), biased.energy.error(), exact.energyPerSpin, deviation,
                100 * Math.abs(biased.energy.mean() / exact.energyPerSpin - 1));
        assertThat(deviation).as("E/N of the biased chain, in its error bars").isGreaterThan(3.0);
    }

    record Measured(BinningAccumulator energy, BinningAccumulator absM, MonteCarloChain chain) {
    }

    private static Network network(int p) {
        return Network.synthetic(NetworkSpec.hopfield(p, N, 2, Interaction.DISTINCT), 11);
    }

    private static Measured measure(Network network, String rule, String order, double temperature) {
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
        byte[] xi = network.dataset().archetypes().pattern(0);
        int sweeps = network.spec().P() == 2 ? SWEEPS_P2 : SWEEPS_P4;
        for (int s = 0; s < sweeps; s++) {
            chain.sweep();
            SpinState state = chain.state();
            energy.add(state.energy() / N);
            int overlap = 0;
            for (int i = 0; i < N; i++) {
                overlap += xi[i] * state.spin(i);
            }
            absM.add(Math.abs(overlap) / (double) N);
        }
        return new Measured(energy, absM, chain);
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
