package io.densehebb.mc;

import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;
import io.densehebb.model.RandomStreams;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.junit.jupiter.api.Test;

/** A seed fixes every number; the dynamics seed never touches the disorder; RNG state round-trips. */
class DeterminismTest {

    private static final NetworkSpec SPEC = new NetworkSpec(ModelKind.SUPERVISED, 4, 300, 3, 5, 0.5, Interaction.DISTINCT);

    @Test
    void sameSeedGivesTheSameTrajectory() {
        MonteCarloChain a = chain(Network.synthetic(SPEC, 1), 77);
        MonteCarloChain b = chain(Network.synthetic(SPEC, 1), 77);
        for (int s = 0; s < 50; s++) {
            assertThat(a.sweep()).isEqualTo(b.sweep());
            assertThat(a.state().energy()).isEqualTo(b.state().energy());
        }
        assertThat(a.state().spins()).isEqualTo(b.state().spins());
    }

    @Test
    void differentDynamicsSeedChangesTheTrajectoryButNeverThePatterns() {
        Network first = Network.synthetic(SPEC, 1);
        Network second = Network.synthetic(SPEC, 1);
        MonteCarloChain a = chain(first, 77);
        MonteCarloChain b = chain(second, 78);
        a.sweeps(20);
        b.sweeps(20);
        assertThat(a.state().spins()).isNotEqualTo(b.state().spins());
        for (int mu = 0; mu < SPEC.K(); mu++) {
            assertThat(second.dataset().archetypes().pattern(mu)).isEqualTo(first.dataset().archetypes().pattern(mu));
        }
        for (int t = 0; t < SPEC.K() * SPEC.M(); t++) {
            assertThat(second.dataset().examples().pattern(t)).isEqualTo(first.dataset().examples().pattern(t));
        }
    }

    @Test
    void archetypesDoNotDependOnTheExampleStream() {
        // changing r redraws the examples but the archetypes come from their own stream
        Network clean = Network.synthetic(new NetworkSpec(ModelKind.SUPERVISED, 4, 300, 3, 5, 0.9, Interaction.DISTINCT), 1);
        Network noisy = Network.synthetic(SPEC, 1);
        assertThat(clean.dataset().archetypes().neuronMajorCopy()).isEqualTo(noisy.dataset().archetypes().neuronMajorCopy());
        assertThat(Network.synthetic(SPEC, 2).dataset().archetypes().neuronMajorCopy())
                .isNotEqualTo(noisy.dataset().archetypes().neuronMajorCopy());
    }

    @Test
    void savedRandomStateResumesTheSameChain() {
        Network network = Network.synthetic(SPEC, 1);
        MonteCarloChain original = chain(network, 5);
        original.sweeps(10);
        byte[] rngState = RandomStreams.saveState(original.rng());
        long[] spins = original.state().packed();
        original.sweeps(10);

        RestorableUniformRandomProvider rng = RandomStreams.create(999, RandomStreams.Purpose.DYNAMICS, 0);
        RandomStreams.restoreState(rng, rngState);
        MonteCarloChain resumed = new MonteCarloChain(SpinState.ofPacked(new Couplings(network), spins),
                UpdateRule.METROPOLIS, SweepOrder.RANDOM, 0.8, rng);
        resumed.sweeps(10);
        assertThat(resumed.state().spins()).isEqualTo(original.state().spins());
    }

    @Test
    void replicaStreamsAreDistinct() {
        long a = RandomStreams.create(1, RandomStreams.Purpose.DYNAMICS, 0).nextLong();
        long b = RandomStreams.create(1, RandomStreams.Purpose.DYNAMICS, 1).nextLong();
        long c = RandomStreams.create(1, RandomStreams.Purpose.ARCHETYPES, 0).nextLong();
        long d = RandomStreams.create(2, RandomStreams.Purpose.DYNAMICS, 0).nextLong();
        assertThat(new long[] {a, b, c, d}).doesNotHaveDuplicates();
    }

    private static MonteCarloChain chain(Network network, long seed) {
        var init = RandomStreams.create(seed, RandomStreams.Purpose.INITIAL_STATE, 0);
        byte[] sigma = new byte[network.n()];
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] = init.nextBoolean() ? (byte) 1 : (byte) -1;
        }
        return new MonteCarloChain(SpinState.of(new Couplings(network), sigma), UpdateRule.METROPOLIS, SweepOrder.RANDOM,
                0.8, RandomStreams.create(seed, RandomStreams.Purpose.DYNAMICS, 0));
    }
}
