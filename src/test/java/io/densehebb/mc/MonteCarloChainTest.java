package io.densehebb.mc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.densehebb.model.Interaction;
import io.densehebb.model.InvalidParameterException;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;
import io.densehebb.model.RandomStreams;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonteCarloChainTest {

    private final Network network = Network.synthetic(NetworkSpec.hopfield(2, 200, 3, Interaction.DISTINCT), 1);

    @Test
    void negativeTemperatureIsRefused() {
        assertThatThrownBy(() -> chain(-0.5, UpdateRule.METROPOLIS))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("temperature = -0.5 is not allowed: a finite number >= 0");
    }

    @Test
    void zeroTemperatureNeverRaisesTheEnergy() {
        for (UpdateRule rule : UpdateRule.values()) {
            MonteCarloChain chain = chain(0.0, rule);
            double previous = chain.state().energy();
            for (int s = 0; s < 20; s++) {
                chain.sweep();
                double e = chain.state().energy();
                assertThat(e).isLessThanOrEqualTo(previous + 1e-12);
                previous = e;
            }
        }
    }

    @Test
    void aSweepAttemptsEverySpinOnce() {
        MonteCarloChain chain = chain(1.0, UpdateRule.HEAT_BATH);
        chain.sweeps(7);
        assertThat(chain.attempted()).isEqualTo(7L * 200);
        assertThat(chain.accepted()).isBetween(1L, 7L * 200);
        chain.state().checkConsistency();
    }

    /**
     * A sweep visits a permutation of the N spins: the identity in sequential order, and in random
     * order a uniformly drawn one. At N = 5 the 120 orders of 60000 random sweeps pass a chi-square
     * test of uniformity (p above 1e-3, 119 degrees of freedom). Built to catch a shuffle off by one
     * (j < i instead of j <= i is Sattolo's algorithm: only the 24 cyclic orders are ever drawn) or
     * biased, e.g. a swap partner drawn from all N positions (orders drawn from 0.61 to 1.80 times as often as
     * they should at N = 5: an expected chi-square of about 3000).
     */
    @Test
    void aSweepVisitsAPermutationAndRandomOrderDrawsEachOneEquallyOften() {
        Network small = Network.synthetic(NetworkSpec.hopfield(2, 5, 1, Interaction.DISTINCT), 2);
        byte[] start = KernelEqualityTest.randomSpins(5, 2);
        MonteCarloChain sequential = new MonteCarloChain(SpinState.of(new Couplings(small), start), UpdateRule.METROPOLIS,
                SweepOrder.SEQUENTIAL, 1.0, RandomStreams.create(2, RandomStreams.Purpose.DYNAMICS, 0));
        assertThat(sequential.beginSweep()).containsExactly(0, 1, 2, 3, 4);
        MonteCarloChain random = new MonteCarloChain(SpinState.of(new Couplings(small), start), UpdateRule.METROPOLIS,
                SweepOrder.RANDOM, 1.0, RandomStreams.create(2, RandomStreams.Purpose.DYNAMICS, 0));
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        int sweeps = 60_000;
        for (int s = 0; s < sweeps; s++) {
            int[] order = random.beginSweep();
            assertThat(order).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
            counts.merge(java.util.Arrays.toString(order), 1, Integer::sum);
        }
        assertThat(counts).hasSize(120);
        double expected = sweeps / 120.0;
        double chiSquare = 0;
        for (int c : counts.values()) {
            chiSquare += (c - expected) * (c - expected) / expected;
        }
        double p = 1 - new org.apache.commons.math3.distribution.ChiSquaredDistribution(119).cumulativeProbability(chiSquare);
        assertThat(p).as("chi-square %.1f over 120 orders", chiSquare).isGreaterThan(1e-3);
    }

    /**
     * P = 2 with K of order N: hot, many flips are accepted and the dot-product kernel is cheaper;
     * cold, few are and the local-field kernel is. The chain moves between them as its acceptance
     * rate crosses K / (2.5 N) (0.4 at K = N; heat bath accepts at most half, hence K = N / 2 there),
     * and the trajectory is the reference's flip for flip throughout.
     */
    @ParameterizedTest(name = "{0}, {1}, K = {2}")
    @CsvSource({"METROPOLIS, RANDOM, 120", "HEAT_BATH, SEQUENTIAL, 60"})
    void theKernelFollowsTheAcceptanceRateAndTheTrajectoryDoesNot(UpdateRule rule, SweepOrder order, int k) {
        Network square = Network.synthetic(NetworkSpec.hopfield(2, 120, k, Interaction.DISTINCT), 5);
        Couplings couplings = new Couplings(square);
        byte[] start = KernelEqualityTest.randomSpins(120, 5);
        for (KernelChoice choice : new KernelChoice[] {KernelChoice.AUTO, KernelChoice.SCALAR}) {
            MonteCarloChain fast = new MonteCarloChain(SpinState.of(couplings, start, choice), rule, order, 5.0,
                    RandomStreams.create(5, RandomStreams.Purpose.DYNAMICS, 0));
            MonteCarloChain reference = new MonteCarloChain(SpinState.of(couplings, start, KernelChoice.REFERENCE), rule,
                    order, 5.0, RandomStreams.create(5, RandomStreams.Purpose.DYNAMICS, 0));
            Set<String> kernels = new LinkedHashSet<>();
            kernels.add(fast.kernelName());
            for (double temperature : new double[] {5.0, 0.2, 5.0}) {
                fast.setTemperature(temperature);
                reference.setTemperature(temperature);
                for (int s = 0; s < 3 * MonteCarloChain.ADAPT_EVERY; s++) {
                    assertThat(fast.sweep()).isEqualTo(reference.referenceSweep());
                    assertThat(fast.state().spins()).isEqualTo(reference.state().spins());
                    assertThat(fast.state().energy()).isEqualTo(reference.state().energy());
                    kernels.add(fast.kernelName());
                }
                fast.state().checkConsistency();
            }
            assertThat(RandomStreams.saveState(fast.rng())).isEqualTo(RandomStreams.saveState(reference.rng()));
            assertThat(fast.accepted()).isEqualTo(reference.accepted());
            // starts where the rule for K >= N puts it; ran on both
            String field = choice == KernelChoice.AUTO ? "pair-field-vector" : "pair-field-scalar";
            String dot = choice == KernelChoice.AUTO ? "pair-vector" : "pair-scalar";
            assertThat(kernels.iterator().next()).startsWith(k >= 120 ? field : dot);
            assertThat(kernels).hasSize(2).anyMatch(name -> name.startsWith(field)).anyMatch(name -> name.startsWith(dot));
        }
    }

    private MonteCarloChain chain(double temperature, UpdateRule rule) {
        var init = RandomStreams.create(1, RandomStreams.Purpose.INITIAL_STATE, 0);
        byte[] sigma = new byte[network.n()];
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] = init.nextBoolean() ? (byte) 1 : (byte) -1;
        }
        return new MonteCarloChain(SpinState.of(new Couplings(network), sigma), rule, SweepOrder.RANDOM, temperature,
                RandomStreams.create(1, RandomStreams.Purpose.DYNAMICS, 0));
    }
}
