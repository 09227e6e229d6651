package io.densehebb.cli;

import com.typesafe.config.ConfigFactory;
import io.densehebb.actors.RunEngine;
import io.densehebb.actors.RunGuardian;
import io.densehebb.config.RunConfig;
import io.densehebb.config.RunConfigLoader;
import io.densehebb.config.SweepSpecLoader;
import io.densehebb.io.Checkpoint;
import io.densehebb.model.InvalidParameterException;
import io.densehebb.model.Network;
import io.densehebb.results.ClassTable;
import io.densehebb.results.PatternOutput;
import io.densehebb.results.TemperatureRow;
import io.densehebb.results.TheoryOverlay;
import io.densehebb.run.MemoryEstimate;
import io.densehebb.run.RunFolder;
import io.densehebb.run.RunNetwork;
import io.densehebb.run.RunOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code densehebb run CONFIG}: a parallel-tempering simulation on actors, writing one results folder.
 * The configuration is validated before anything is created, so bad input leaves nothing behind; the
 * folder's guards (lock, resume, checkpoint binding) are {@link RunFolder}'s.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run parallel tempering on a dense Hebbian network and write a results folder.")
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONFIG", description = "a HOCON run configuration (see conf/)")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: <output>/<config name>, numbered if taken)")
    Path out;

    @Option(names = "--set", paramLabel = "key=value", description = "override a setting, keys relative to densehebb, e.g. model.P=4")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--resume", paramLabel = "DIR", description = "continue the run in DIR from its last checkpoint")
    Path resume;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (0 = every core); never changes the results")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        List<String> sets = new ArrayList<>(overrides);
        if (threads != null) {
            sets.add("threads=" + threads);
        }
        if (resume != null && (config != null || out != null || !overrides.isEmpty())) {
            throw new InvalidParameterException("--resume", resume,
                    "on its own (with --threads at most): a resumed run keeps the configuration in its run.conf");
        }
        if (resume == null && config == null) {
            throw new InvalidParameterException("CONFIG", "(none)", "a configuration file, or --resume DIR");
        }
        RunNetwork built;
        RunConfig runConfig;
        RunFolder folder;
        if (resume != null) {
            folder = RunFolder.reopen(resume, "--resume");
            if (folder.isFinished()) {
                folder.close();
                System.out.println(resume + " is finished already (its " + RunFolder.SUMMARY + " is written): nothing to resume");
                return Main.EXIT_OK;
            }
            try {
                built = build(RunConfigLoader.load(folder.runConf(), sets));
                runConfig = built.config();
            } catch (RuntimeException e) {
                folder.close();
                throw e;
            }
        } else {
            // The data are read before anything is written: a missing or damaged file leaves no folder behind.
            built = build(RunConfigLoader.load(config, sets));
            runConfig = built.config();
            if (SweepSpecLoader.hasAxes(config, sets)) {
                throw new InvalidParameterException("CONFIG", config,
                        "a run file; this one is a sweep (its sweep block has a grid or zip): use densehebb sweep");
            }
            String runConf = RunConfigLoader.render(runConfig, VersionProvider.version());
            folder = out != null
                    ? RunFolder.create(out, "--out", runConf)
                    : RunFolder.createNumbered(Path.of(runConfig.output()), stem(config), "densehebb.output", runConf);
        }
        try (folder) {
            RunLog.attach(folder.log());
            Network network = built.network();
            folder.bind(runConfig, network, VersionProvider.version());
            if (resume == null) {
                writeDataFiles(built, folder.dir());
            }
            Checkpoint checkpoint = resume != null ? folder.checkpointToResume().orElse(null) : null;
            RunGuardian.RunContext context = new RunGuardian.RunContext(runConfig, network, folder, checkpoint,
                    new ConsoleProgress(), VersionProvider.version(), TheoryOverlay.forRun(runConfig), new CompletableFuture<>());
            RunOutcome outcome = RunEngine.run(context, ConfigFactory.empty());
            printSummary(outcome);
            return Main.EXIT_OK;
        } catch (OutOfMemoryError e) {
            // an Error passes picocli's handler by; as an exception it gets its one line (Main)
            throw new IllegalStateException("out of memory in " + folder.dir(), e);
        } finally {
            RunLog.detach();
        }
    }

    /**
     * The network, once the memory it needs is known to fit: the estimate comes first (a synthetic
     * network too large for the heap is never drawn), and again for the network the data gave (N = 784
     * for images, K, M and N of the user's files).
     */
    static RunNetwork build(RunConfig loaded) {
        long heap = Runtime.getRuntime().maxMemory();
        MemoryEstimate.forRun(loaded).requireAtMost(heap);
        RunNetwork built = RunNetwork.build(loaded);
        MemoryEstimate.forRun(built.config()).requireAtMost(heap);
        return built;
    }

    /** The per-class table of image data and, when asked for, the patterns themselves. */
    private static void writeDataFiles(RunNetwork built, Path runDir) throws IOException {
        if (built.statistics() != null) {
            ClassTable.write(runDir, built.config().dataset(), built.statistics(), built.network().spec().M());
        }
        if (built.config().outputPatterns()) {
            PatternOutput.write(runDir, built.network());
        }
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void printSummary(RunOutcome outcome) {
        System.out.println("results in " + outcome.runDir() + " (report.html, summary.json, temperatures.csv)");
        if (outcome.attemptedFlips() > 0) {
            System.out.println(String.format(Locale.ROOT,
                    "%.3g flips in %.2f s of rounds (%.1f s in all) on %d thread(s): %.3g flips/s, %.1f ns per flip per thread",
                    (double) outcome.attemptedFlips(), outcome.simulationSeconds(), outcome.seconds(), outcome.threads(),
                    outcome.flipsPerSecond(), outcome.nsPerFlipPerThread()));
        }
        System.out.println(String.format(Locale.ROOT, "%8s %10s %8s %8s %8s %9s  %s", "T", "E/N", "max|m|", "<|q|>", "binder", "swap acc", "replica symmetry"));
        for (TemperatureRow row : outcome.results().byAscendingTemperature()) {
            var s = row.summary();
            System.out.println(String.format(Locale.ROOT, "%8.4f %10.5f %8.4f %8.4f %8.4f %9s  %s", row.temperature(),
                    s.energy().mean(), s.m().mean(), s.overlap().absQ().mean(), s.overlap().binder().mean(),
                    Double.isNaN(row.swapAcceptance()) ? "-" : String.format(Locale.ROOT, "%.3f", row.swapAcceptance()),
                    row.verdict().verdict()));
        }
    }
}
