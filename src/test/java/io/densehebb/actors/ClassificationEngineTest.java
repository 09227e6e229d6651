package io.densehebb.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.data.BinaryImages;
import io.densehebb.mc.Couplings;
import io.densehebb.mc.SweepOrder;
import io.densehebb.mc.UpdateRule;
import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;
import io.densehebb.model.RandomStreams;
import io.densehebb.observables.Classification;
import io.densehebb.run.RunProgress;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * Classification spread over actors (every message serialized): the same outcome on 1 and 2 threads
 * and as one sequential pass, and the right answers where they are known both ways.
 */
class ClassificationEngineTest {

    /** A supervised P = 4 network on K = 4 random archetypes of N = 200 (M = 20, r = 0.5). */
    static final NetworkSpec SPEC = new NetworkSpec(ModelKind.SUPERVISED, 4, 200, 4, 20, 0.5, Interaction.DISTINCT);

    /** 50 inputs per class: each archetype with every spin flipped with probability flip, as 28 x ... images of one row. */
    static BinaryImages inputs(Network network, double flip, long seed) {
        int n = network.n();
        int k = network.spec().K();
        int count = 50 * k;
        byte[] spins = new byte[count * n];
        byte[] labels = new byte[count];
        UniformRandomProvider rng = RandomStreams.create(seed, RandomStreams.Purpose.INITIAL_STATE, 99);
        for (int j = 0; j < count; j++) {
            int mu = j % k;
            labels[j] = (byte) mu;
            for (int i = 0; i < n; i++) {
                int xi = network.dataset().archetypes().get(mu, i);
                spins[j * n + i] = (byte) (rng.nextDouble() < flip ? -xi : xi);
            }
        }
        return new BinaryImages(count, 1, n, spins, labels, 127.5);
    }

    static ClassificationSetup setup(Network network, BinaryImages in, double temperature) {
        return new ClassificationSetup(network, new Couplings(network), in, in.count(), temperature, UpdateRule.METROPOLIS,
                SweepOrder.RANDOM, 7, 30, 3);
    }

    static Classification classified(Network network, ClassificationCoordinator.Outcome outcome, BinaryImages in) {
        int k = network.spec().K();
        int[] truth = new int[in.count()];
        int[] predicted = new int[in.count()];
        double[] m = new double[k];
        for (int j = 0; j < truth.length; j++) {
            truth[j] = in.label(j);
            System.arraycopy(outcome.finalOverlaps(), j * k, m, 0, k);
            predicted[j] = Classification.decide(m);
        }
        return new Classification(truth, predicted, k);
    }

    @Test
    void theOutcomeDependsOnTheSeedOnlyNotOnThreadsOrBatches() throws Exception {
        Network network = Network.synthetic(SPEC, 3);
        BinaryImages in = inputs(network, 0.3, 1);
        ClassificationSetup setup = setup(network, in, 0.3);
        ClassificationCoordinator.Outcome one = ClassificationEngine.run(setup, 1, RunProgress.NONE, ActorTesting.serializeEverything());
        ClassificationCoordinator.Outcome two = ClassificationEngine.run(setup, 2, RunProgress.NONE, ActorTesting.serializeEverything());
        ClassificationCoordinator.Classified sequential = ClassifierActor.classify(setup, 0, in.count(), null);
        for (ClassificationCoordinator.Outcome o : new ClassificationCoordinator.Outcome[] {one, two}) {
            assertThat(o.sweeps()).isEqualTo(sequential.sweeps());
            assertThat(o.startOverlaps()).isEqualTo(sequential.startOverlaps());
            assertThat(o.finalOverlaps()).isEqualTo(sequential.finalOverlaps());
            assertThat(o.finalStates()).isEqualTo(sequential.finalStates());
        }
        assertThat(one.finalStates()).hasSize(3 * network.n());
    }

    /**
     * Known answers both ways. Inputs at 20 % noise have overlap 0.6 with their archetype and about 0
     * (+- 0.07) with the others, well inside the retrieval basin of a low-load network at T = 0: every
     * one of the 200 is labelled right (at 30 % noise one in 200 already strays, through the noise of
     * the class averages, rho = 0.15). Inputs with no information (50 % noise) are labelled by chance:
     * the accuracy is 1/4 within 4 binomial errors (4 * sqrt(0.25 * 0.75 / 200) = 0.12), so a rule that
     * peeked at the labels would fail.
     */
    @Test
    void noisyArchetypesAreRetrievedAndPureNoiseIsLabelledByChance() throws Exception {
        Network network = Network.synthetic(SPEC, 3);
        BinaryImages noisy = inputs(network, 0.2, 1);
        Classification right = classified(network, ClassificationEngine.run(setup(network, noisy, 0.0), 2, RunProgress.NONE,
                ActorTesting.serializeEverything()), noisy);
        assertThat(right.accuracy()).isEqualTo(1.0);

        BinaryImages noise = inputs(network, 0.5, 2);
        Classification chance = classified(network, ClassificationEngine.run(setup(network, noise, 0.0), 2, RunProgress.NONE,
                ActorTesting.serializeEverything()), noise);
        assertThat(chance.accuracy()).isBetween(0.25 - 0.12, 0.25 + 0.12);
    }
}
