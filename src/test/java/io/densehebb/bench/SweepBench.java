package io.densehebb.bench;

import io.densehebb.mc.Couplings;
import io.densehebb.mc.InitialState;
import io.densehebb.mc.KernelChoice;
import io.densehebb.mc.MonteCarloChain;
import io.densehebb.mc.SpinState;
import io.densehebb.mc.SweepOrder;
import io.densehebb.mc.UpdateRule;
import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;
import io.densehebb.model.RandomStreams;
import java.util.concurrent.TimeUnit;
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
 * One Monte Carlo sweep (N attempted flips, random order, Metropolis at beta = 1.5 unless T is set)
 * per operation: divide the score by N for ns per attempted flip. Parameters: N, K, P, model
 * (hopfield | supervised | unsupervised, M = 20, r = 0.4), interaction, kernel (auto | scalar |
 * reference), init (random | archetype | example: where the chain starts). Not a test: surefire runs *Test classes only. See README.md, "Benchmarks".
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class SweepBench {

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

    @Param({"0.6666666666666666"})
    public double T;

    @Param({"random"})
    public String init;

    private MonteCarloChain chain;

    @Setup(Level.Trial)
    public void setUp() {
        NetworkSpec spec = new NetworkSpec(ModelKind.parse("model", model), P, N, K, 20, 0.4,
                Interaction.parse("interaction", interaction));
        Network network = Network.synthetic(spec, 1);
        Couplings couplings = new Couplings(network);
        byte[] sigma = InitialState.parse("init", init).configuration(network, 1, 0);
        chain = new MonteCarloChain(SpinState.of(couplings, sigma, KernelChoice.parse("kernel", kernel)),
                UpdateRule.METROPOLIS, SweepOrder.RANDOM, T, RandomStreams.create(1, RandomStreams.Purpose.DYNAMICS, 0));
        chain.sweeps(3);
    }

    @Benchmark
    public int sweep() {
        return chain.sweep();
    }
}
