package io.densehebb.bench;

import io.densehebb.mc.Couplings;
import io.densehebb.mc.InitialState;
import io.densehebb.mc.KernelChoice;
import io.densehebb.mc.SpinState;
import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;
import io.densehebb.model.RandomStreams;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two halves of an attempt, per operation: {@code deltaEnergy} (the K-long dot product of one
 * pattern row, at a random spin) and {@code flip} (the O(K) update after an acceptance, at a random
 * spin). Same parameters as {@link SweepBench}. See README.md, "Benchmarks".
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class KernelBench {

    @Param({"1000"})
    public int N;

    @Param({"16", "96", "1000"})
    public int K;

    @Param({"2", "4"})
    public int P;

    @Param({"hopfield"})
    public String model;

    @Param({"distinct"})
    public String interaction;

    @Param({"auto"})
    public String kernel;

    private SpinState state;
    private int[] sites;
    private int cursor;

    @Setup(Level.Trial)
    public void setUp() {
        NetworkSpec spec = new NetworkSpec(ModelKind.parse("model", model), P, N, K, 20, 0.4,
                Interaction.parse("interaction", interaction));
        Network network = Network.synthetic(spec, 1);
        Couplings couplings = new Couplings(network);
        byte[] sigma = InitialState.RANDOM.configuration(network, 1, 0);
        state = SpinState.of(couplings, sigma, KernelChoice.parse("kernel", kernel));
        UniformRandomProvider rng = RandomStreams.create(1, RandomStreams.Purpose.DYNAMICS, 0);
        sites = new int[1 << 14];
        for (int j = 0; j < sites.length; j++) {
            sites[j] = rng.nextInt(N);
        }
    }

    private int next() {
        int i = sites[cursor];
        cursor = (cursor + 1) & (sites.length - 1);
        return i;
    }

    @Benchmark
    public double deltaEnergy() {
        return state.deltaEnergy(next());
    }

    @Benchmark
    public void flip() {
        state.flip(next());
    }
}
