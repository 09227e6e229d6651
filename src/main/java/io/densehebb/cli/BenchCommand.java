package io.densehebb.cli;

import io.densehebb.mc.FlipKernels;
import io.densehebb.mc.InitialState;
import io.densehebb.mc.KernelChoice;
import io.densehebb.mc.SweepBenchmark;
import io.densehebb.mc.SweepOrder;
import io.densehebb.mc.UpdateRule;
import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;
import io.densehebb.run.MemoryEstimate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code densehebb bench}: times bare sweeps and prints ns per attempted flip. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time Monte Carlo sweeps of one network: ns per attempted flip, sweeps and flips per second.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--N", description = "neurons (default ${DEFAULT-VALUE})", defaultValue = "1000")
    int n;

    @Option(names = "--K", description = "archetypes / classes (default ${DEFAULT-VALUE})", defaultValue = "16")
    int k;

    @Option(names = "--P", description = "interaction order 2..8 (default ${DEFAULT-VALUE})", defaultValue = "2")
    int p;

    @Option(names = "--model", description = "hopfield | supervised | unsupervised (default ${DEFAULT-VALUE})",
            defaultValue = "hopfield")
    String model;

    @Option(names = "--M", description = "examples per class (default ${DEFAULT-VALUE})", defaultValue = "20")
    int m;

    @Option(names = "--r", description = "dataset quality in (0,1] (default ${DEFAULT-VALUE})", defaultValue = "0.4")
    double r;

    @Option(names = "--interaction", description = "distinct | full-power (default ${DEFAULT-VALUE})",
            defaultValue = "distinct")
    String interaction;

    @Option(names = "--rule", description = "metropolis | heat-bath (default ${DEFAULT-VALUE})", defaultValue = "metropolis")
    String rule;

    @Option(names = "--order", description = "random | sequential (default ${DEFAULT-VALUE})", defaultValue = "random")
    String order;

    @Option(names = "--T", description = "temperature (default ${DEFAULT-VALUE}, i.e. beta = 1.5)", defaultValue = "0.6666666666666666")
    double temperature;

    @Option(names = "--threads", description = "threads, each sweeping its own independent chain(s) (default ${DEFAULT-VALUE})",
            defaultValue = "1")
    int threads;

    @Option(names = "--kernel", description = "auto | scalar | reference: the flip kernel family (default ${DEFAULT-VALUE})",
            defaultValue = "auto")
    String kernel;

    @Option(names = "--block", description = "replicas per thread swept as one ReplicaBlock (default ${DEFAULT-VALUE})",
            defaultValue = "1")
    int block;

    @Option(names = "--init", description = "random | archetype | example: where every chain starts, as the run's "
            + "init key (default ${DEFAULT-VALUE})", defaultValue = "random")
    String init;

    @Option(names = "--seconds", description = "measured time (default ${DEFAULT-VALUE})", defaultValue = "3")
    double seconds;

    @Option(names = "--warmup", description = "warm-up time (default ${DEFAULT-VALUE})", defaultValue = "2")
    double warmup;

    @Option(names = "--seed", description = "seed (default ${DEFAULT-VALUE})", defaultValue = "1")
    long seed;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        ModelKind kind = ModelKind.parse("model", model);
        NetworkSpec spec = new NetworkSpec(kind, p, n, k, m, r, Interaction.parse("interaction", interaction));
        if (temperature < 0) {
            throw new io.densehebb.model.InvalidParameterException("T", temperature, "a number >= 0");
        }
        SweepBenchmark.Setup setup = new SweepBenchmark.Setup(UpdateRule.parse("rule", rule),
                SweepOrder.parse("order", order), temperature, threads, warmup, seconds, seed,
                KernelChoice.parse("kernel", kernel), block, InitialState.parse("init", init));
        MemoryEstimate.of(spec, (long) threads * Math.max(1, block)).requireAtMost(Runtime.getRuntime().maxMemory());
        SweepBenchmark.Result res = SweepBenchmark.run(Network.synthetic(spec, seed), setup);
        if (json) {
            System.out.println(String.format(Locale.ROOT,
                    "{\"model\":\"%s\",\"P\":%d,\"N\":%d,\"K\":%d,\"M\":%d,\"r\":%s,\"interaction\":\"%s\",\"rule\":\"%s\","
                            + "\"order\":\"%s\",\"init\":\"%s\",\"T\":%s,\"threads\":%d,\"sweeps\":%d,\"seconds\":%.3f,"
                            + "\"kernel\":\"%s\",\"ns_per_flip\":%.3f,\"sweeps_per_second\":%.3f,\"flips_per_second\":%.1f,"
                            + "\"acceptance\":%.4f,\"block\":%d,\"vector_api\":%s,\"bytes_per_replica\":%d,\"shared_bytes\":%d,"
                            + "\"allocated_bytes_per_sweep\":%.1f}",
                    kind.configName(), p, n, k, spec.M(), spec.r(), spec.interaction().configName(), rule, order, init,
                    temperature, threads, res.sweeps(), res.seconds(), res.kernel(), res.nsPerFlip(), res.sweepsPerSecond(),
                    res.flipsPerSecond(), res.acceptance(), block, FlipKernels.vectorKernelsEnabled(), res.bytesPerReplica(),
                    res.sharedBytes(), res.allocatedBytesPerSweep()));
        } else {
            System.out.printf(Locale.ROOT, "%s P=%d N=%d K=%d%s %s, %s at T=%.4g from %s, %d thread(s)%s, kernel %s%n",
                    kind.configName(), p, n, k, kind == ModelKind.HOPFIELD ? "" : " M=" + spec.M() + " r=" + spec.r(),
                    spec.interaction().configName(), rule, temperature, init, threads,
                    block > 1 ? " x " + block + " replicas" : "", res.kernel());
            System.out.printf(Locale.ROOT, "  %.2f ns per attempted flip, %.1f sweeps/s, %.3g flips/s, acceptance %.3f (%d sweeps in %.2f s)%n",
                    res.nsPerFlip(), res.sweepsPerSecond(), res.flipsPerSecond(), res.acceptance(), res.sweeps(), res.seconds());
            System.out.printf(Locale.ROOT, "  %s heap bytes allocated per sweep while measured%n",
                    res.allocatedBytesPerSweep() < 0 ? "(unknown)" : String.format(Locale.ROOT, "%.1f", res.allocatedBytesPerSweep()));
        }
        return Main.EXIT_OK;
    }
}
