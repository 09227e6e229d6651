package io.densehebb.mc;

import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;
import io.densehebb.model.RandomStreams;
import io.densehebb.observables.BinningAccumulator;
import io.densehebb.observables.Magnetisations;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Monte Carlo at large N against the reference numbers of docs/physics.md section 6. */
class LargeNetworkTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LargeNetworkTest.class);

    /**
     * P = 2 Hopfield at low load, T = 0.5: m solves m = tanh(2m), m = 0.9575. N = 2000, K = 2, started
     * in the retrieval state. Allowance: 3 binning error bars plus 0.004 for finite N and the crosstalk
     * of the second pattern (both O(1/N) and O(K/N) here, about 1e-3).
     */
    @Test
    void hopfieldPairInteractionRetrievesWithTheCurieWeissMagnetisation() {
        Network network = Network.synthetic(NetworkSpec.hopfield(2, 2000, 2, Interaction.DISTINCT), 5);
        MonteCarloChain chain = chainFromArchetype(network, 0.5, UpdateRule.METROPOLIS, 5);
        chain.sweeps(200);
        BinningAccumulator m = new BinningAccumulator();
        for (int s = 0; s < 3000; s++) {
            chain.sweep();
            m.add(Magnetisations.mattis(network, chain.state().spins())[0]);
        }
        double expected = 0.9575;
        LOG.info("P=2 hopfield N=2000 T=0.5: m = {} +- {} (tau_int {} sweeps), expected {}", m.mean(), m.error(),
                m.autocorrelationTime(), expected);
        assertThat(Math.abs(m.mean() - expected))
                .as("m = %.5f +- %.5f (tau_int %.2f sweeps), expected %.4f", m.mean(), m.error(), m.autocorrelationTime(), expected)
                .isLessThanOrEqualTo(3 * m.error() + 0.004);
    }

    /**
     * Supervised P = 4 at low load and T = 0: the network relaxes to sigma_i = sign(etahat_i), so
     * m = E sign(chihat), which for M -> infinity is erf(1/sqrt(2 rho)). With M = 51 (odd: no ties)
     * the exact finite-M value is P(B > M/2) - P(B < M/2), B ~ Binomial(M, (1+r)/2). Tolerances:
     * Monte Carlo vs the finite-M value within 3 site-sampling errors sqrt((1 - m^2)/N); finite-M value
     * vs the erf within |difference| computed here (the finite-M correction), which is below 0.01.
     */
    @ParameterizedTest(name = "rho = {0}")
    @CsvSource({"0.2, 0.9747", "0.5, 0.8427"})
    void supervisedDenseNetworkAtZeroTemperatureReachesTheErfMagnetisation(double rho, double erfReference) {
        int m = 51;
        int n = 20000;
        double r = NetworkSpec.qualityFor(rho, m);
        Network network = Network.synthetic(new NetworkSpec(ModelKind.SUPERVISED, 4, n, 2, m, r, Interaction.DISTINCT), 2024);
        MonteCarloChain chain = chainFromArchetype(network, 0.0, UpdateRule.METROPOLIS, 2024);
        int sweeps = 0;
        while (chain.sweep() > 0) {
            sweeps++;
            assertThat(sweeps).as("zero-temperature dynamics must reach a fixed point").isLessThan(50);
        }
        double measured = Magnetisations.mattis(network, chain.state().spins())[0];
        int notAligned = 0;
        for (int i = 0; i < n; i++) {
            if (chain.state().spin(i) != Integer.signum(network.dataset().classSum(0, i))) {
                notAligned++;
            }
        }
        assertThat(notAligned).as("sites where sigma != sign(etahat^1) at the fixed point").isZero();

        BinomialDistribution b = new BinomialDistribution(m, (1 + r) / 2);
        double finiteM = (1 - b.cumulativeProbability(m / 2)) - b.cumulativeProbability(m / 2);
        double erf = Erf.erf(1 / Math.sqrt(2 * rho));
        assertThat(erf).isCloseTo(erfReference, org.assertj.core.api.Assertions.within(5e-5));
        double samplingError = Math.sqrt((1 - finiteM * finiteM) / n);
        LOG.info("P=4 supervised T=0 rho={} M={} N={}: m = {} after {} sweeps; finite-M theory {} +- {}; erf {}",
                rho, m, n, measured, sweeps, finiteM, samplingError, erf);
        assertThat(Math.abs(measured - finiteM))
                .as("MC m = %.5f, finite-M theory %.5f +- %.5f", measured, finiteM, samplingError)
                .isLessThanOrEqualTo(3 * samplingError);
        assertThat(Math.abs(finiteM - erf)).as("finite-M correction").isLessThan(0.01);
        assertThat(Math.abs(measured - erf)).isLessThanOrEqualTo(3 * samplingError + Math.abs(finiteM - erf));
    }

    private static MonteCarloChain chainFromArchetype(Network network, double temperature, UpdateRule rule, long seed) {
        byte[] xi = network.dataset().archetypes().pattern(0);
        return new MonteCarloChain(SpinState.of(new Couplings(network), xi), rule, SweepOrder.RANDOM, temperature,
                RandomStreams.create(seed, RandomStreams.Purpose.DYNAMICS, 0));
    }
}
