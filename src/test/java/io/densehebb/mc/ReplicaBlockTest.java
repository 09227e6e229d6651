package io.densehebb.mc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;
import io.densehebb.model.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sweeping replicas as a block leaves each exactly where sweeping them one by one would. */
class ReplicaBlockTest {

    @ParameterizedTest(name = "{0} P={1} {2} {3} x{4}")
    @CsvSource({
        "hopfield,     2, metropolis, random,     4",
        "hopfield,     2, heat-bath,  sequential, 4",
        "hopfield,     2, metropolis, sequential, 7",
        "unsupervised, 2, metropolis, sequential, 5",
        "hopfield,     4, metropolis, sequential, 4",
        "unsupervised, 4, heat-bath,  random,     4",
        "supervised,   4, metropolis, sequential, 3"
    })
    void blockSweepsEqualSweepsOneByOne(String model, int p, String rule, String order, int replicas) {
        Network network = Network.synthetic(new NetworkSpec(ModelKind.parse("model", model), p, 150, 12, 5, 0.5,
                Interaction.DISTINCT), 21);
        Couplings couplings = new Couplings(network);
        UpdateRule r = UpdateRule.parse("rule", rule);
        SweepOrder o = SweepOrder.parse("order", order);
        List<MonteCarloChain> alone = chains(couplings, replicas, r, o);
        List<MonteCarloChain> blocked = chains(couplings, replicas, r, o);
        ReplicaBlock block = new ReplicaBlock(blocked);
        for (int s = 0; s < 15; s++) {
            long expected = 0;
            for (MonteCarloChain chain : alone) {
                expected += chain.sweep();
            }
            assertThat(block.sweep()).isEqualTo(expected);
        }
        for (int k = 0; k < replicas; k++) {
            assertThat(block.chain(k).state().spins()).isEqualTo(alone.get(k).state().spins());
            assertThat(block.chain(k).accepted()).isEqualTo(alone.get(k).accepted());
            assertThat(block.chain(k).attempted()).isEqualTo(alone.get(k).attempted());
            assertThat(RandomStreams.saveState(block.chain(k).rng())).isEqualTo(RandomStreams.saveState(alone.get(k).rng()));
            block.chain(k).state().checkConsistency();
        }
        // the replicas really differ (independent streams)
        assertThat(alone.get(0).state().spins()).isNotEqualTo(alone.get(1).state().spins());
    }

    /**
     * P = 2 with K = N at temperatures from cold to hot: the hot chains leave the local-field kernel
     * for the dot-product kernel after {@link MonteCarloChain#ADAPT_EVERY} sweeps, so the block holds
     * mixed kernels from then on, and still leaves every chain where sweeping it alone would.
     */
    @Test
    void chainsThatChangeKernelInsideABlockStayExact() {
        Couplings couplings = new Couplings(Network.synthetic(NetworkSpec.hopfield(2, 150, 150, Interaction.DISTINCT), 22));
        double[] temperatures = {0.3, 0.6, 3.0, 10.0};
        List<MonteCarloChain> alone = new ArrayList<>();
        List<MonteCarloChain> blocked = new ArrayList<>();
        for (int k = 0; k < temperatures.length; k++) {
            for (List<MonteCarloChain> list : List.of(alone, blocked)) {
                list.add(new MonteCarloChain(SpinState.of(couplings, KernelEqualityTest.randomSpins(150, 60 + k)),
                        UpdateRule.METROPOLIS, SweepOrder.SEQUENTIAL, temperatures[k],
                        RandomStreams.create(9, RandomStreams.Purpose.DYNAMICS, k)));
            }
        }
        ReplicaBlock block = new ReplicaBlock(blocked);
        for (int s = 0; s < 3 * MonteCarloChain.ADAPT_EVERY; s++) {
            long expected = 0;
            for (MonteCarloChain chain : alone) {
                expected += chain.sweep();
            }
            assertThat(block.sweep()).isEqualTo(expected);
        }
        for (int k = 0; k < temperatures.length; k++) {
            assertThat(block.chain(k).state().spins()).isEqualTo(alone.get(k).state().spins());
            assertThat(RandomStreams.saveState(block.chain(k).rng())).isEqualTo(RandomStreams.saveState(alone.get(k).rng()));
            assertThat(block.chain(k).kernelName()).isEqualTo(alone.get(k).kernelName());
            block.chain(k).state().checkConsistency();
        }
        assertThat(block.chain(0).kernelName()).startsWith("pair-field");
        assertThat(block.chain(3).kernelName()).startsWith("pair-vector");
    }

    @ParameterizedTest
    @CsvSource({"2", "4"})
    void chainsMustShareTheCouplings(int p) {
        Network network = Network.synthetic(NetworkSpec.hopfield(p, 50, 3, Interaction.DISTINCT), 1);
        List<MonteCarloChain> mixed = new ArrayList<>(chains(new Couplings(network), 1, UpdateRule.METROPOLIS, SweepOrder.RANDOM));
        mixed.addAll(chains(new Couplings(network), 1, UpdateRule.METROPOLIS, SweepOrder.RANDOM));
        assertThatThrownBy(() -> new ReplicaBlock(mixed)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<MonteCarloChain> chains(Couplings couplings, int replicas, UpdateRule rule, SweepOrder order) {
        List<MonteCarloChain> out = new ArrayList<>();
        for (int k = 0; k < replicas; k++) {
            byte[] start = KernelEqualityTest.randomSpins(couplings.n(), 40 + k);
            out.add(new MonteCarloChain(SpinState.of(couplings, start), rule, order, 0.7 + 0.1 * k,
                    RandomStreams.create(8, RandomStreams.Purpose.DYNAMICS, k)));
        }
        return out;
    }
}
