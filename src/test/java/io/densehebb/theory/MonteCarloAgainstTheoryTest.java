package io.densehebb.theory;

import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.mc.Couplings;
import io.densehebb.mc.MonteCarloChain;
import io.densehebb.mc.SpinState;
import io.densehebb.mc.SweepOrder;
import io.densehebb.mc.UpdateRule;
import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;
import io.densehebb.model.RandomStreams;
import io.densehebb.observables.BinningAccumulator;
import io.densehebb.observables.Magnetisations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Monte Carlo of a supervised P = 4 network at low load (N = 1000, K = 2, M = 30, r = 0.5, so
 * rho = 0.1) against the RS retrieval solution with the exact finite-M average, at three temperatures
 * below the first-order line (where retrieval is the equilibrium state). Tolerance, stated: 3 binning
 * error bars of the chain plus 3 site-sampling errors sqrt((1 - m_RS^2)/N), because one dataset of N
 * sites realises the theory's average over chihat only up to that (the theory is N -> infinity).
 */
class MonteCarloAgainstTheoryTest {

    private static final Logger LOG = LoggerFactory.getLogger(MonteCarloAgainstTheoryTest.class);
    private static final int N = 1000;
    private static final int M = 30;
    private static final double R = 0.5;

    @ParameterizedTest(name = "T = {0}")
    @ValueSource(doubles = {0.3, 0.45, 0.6})
    void magnetisationsAgreeWithTheReplicaSymmetricRetrievalState(double temperature) {
        RsSolution rs = RsSolver.solve(RsProblem.lowLoad(ModelKind.SUPERVISED, 4, temperature,
                DatasetQuality.finiteSample(M, R), Interaction.DISTINCT)).selected();
        assertThat(rs.branch()).as("retrieval is the RS equilibrium here").isEqualTo(Branch.RETRIEVAL);

        Network network = Network.synthetic(new NetworkSpec(ModelKind.SUPERVISED, 4, N, 2, M, R, Interaction.DISTINCT), 31);
        MonteCarloChain chain = new MonteCarloChain(SpinState.of(new Couplings(network), network.dataset().archetypes().pattern(0)),
                UpdateRule.METROPOLIS, SweepOrder.RANDOM, temperature, RandomStreams.create(31, RandomStreams.Purpose.DYNAMICS, 0));
        chain.sweeps(500);
        BinningAccumulator m = new BinningAccumulator();
        BinningAccumulator n = new BinningAccumulator();
        for (int s = 0; s < 4000; s++) {
            chain.sweep();
            byte[] sigma = chain.state().spins();
            m.add(Magnetisations.mattis(network, sigma)[0]);
            n.add(Magnetisations.exampleMagnetisations(network, sigma)[0]);
        }
        double siteM = Math.sqrt((1 - rs.m() * rs.m()) / N);
        double siteN = Math.sqrt((1 - rs.n() * rs.n()) / N);
        LOG.info("T = {}: m {} +- {} (RS {}), n {} +- {} (RS {}), site-sampling allowance {} / {}", temperature,
                m.mean(), m.error(), rs.m(), n.mean(), n.error(), rs.n(), siteM, siteN);
        assertThat(Math.abs(m.mean() - rs.m())).isLessThanOrEqualTo(3 * m.error() + 3 * siteM);
        assertThat(Math.abs(n.mean() - rs.n())).isLessThanOrEqualTo(3 * n.error() + 3 * siteN);
    }
}
