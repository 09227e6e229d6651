package io.densehebb.cli;

import com.typesafe.config.ConfigFactory;
import io.densehebb.actors.RunEngine;
import io.densehebb.actors.RunGuardian;
import io.densehebb.actors.SweepGuardian;
import io.densehebb.config.RunConfig;
import io.densehebb.config.RunConfigLoader;
import io.densehebb.config.SweepSpecLoader;
import io.densehebb.data.DataSource;
import io.densehebb.io.AtomicFiles;
import io.densehebb.io.Checkpoint;
import io.densehebb.model.InvalidParameterException;
import io.densehebb.results.SweepResults;
import io.densehebb.results.SweepResultsWriter;
import io.densehebb.results.TheoryOverlay;
import io.densehebb.model.Network;
import io.densehebb.run.PointQueue;
import io.densehebb.run.RunFolder;
import io.densehebb.run.RunNetwork;
import io.densehebb.run.RunProgress;
import io.densehebb.run.SweepFolder;
import io.densehebb.run.SweepPoint;
import io.densehebb.run.SweepPoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code densehebb sweep CONFIG}: every point of the file's grid and zip, times its disorder samples,
 * as ordinary run folders under DIR/points/, all on one actor system within the thread budget; then
 * the aggregated tables, plots and report in DIR. Every point is validated before anything is written.
 * {@code sweep --resume DIR} finishes a killed sweep from its sweep.conf and its runs' checkpoints.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run every point of a sweep file (grid, zip, disorder samples) and aggregate the results.")
public final class SweepCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONFIG", description = "a HOCON sweep file: a run plus a sweep block")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", description = "sweep folder (default: <output>/<config name>, numbered if taken)")
    Path out;

    @Option(names = "--set", paramLabel = "key=value", description = "override a setting of the base run or the sweep, e.g. sweep.samples=4")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--resume", paramLabel = "DIR", description = "finish the sweep in DIR")
    Path resume;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads for all runs together (0 = every core); never changes the results")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (threads != null && threads < 0) {
            throw new InvalidParameterException("--threads", threads, "0 (every core) or an integer >= 1");
        }
        if (resume != null && (config != null || out != null || !overrides.isEmpty())) {
            throw new InvalidParameterException("--resume", resume,
                    "on its own (with --threads at most): a resumed sweep keeps the configuration in its " + SweepFolder.SWEEP_CONF);
        }
        if (resume == null && config == null) {
            throw new InvalidParameterException("CONFIG", "(none)", "a sweep file, or --resume DIR");
        }
        SweepSpecLoader.SweepFile file;
        List<SweepPoint> points;
        SweepFolder folder;
        if (resume != null) {
            folder = SweepFolder.reopen(resume, "--resume");
            try {
                file = SweepSpecLoader.load(folder.sweepConf(), List.of());
                points = SweepPoints.of(file);
                checkRunConfs(folder, points);
            } catch (RuntimeException e) {
                folder.close();
                throw e;
            }
        } else {
            file = SweepSpecLoader.load(config, overrides);
            points = SweepPoints.of(file); // every point validated before anything is written
            folder = out != null ? SweepFolder.create(out, "--out", file.resolvedText())
                    : SweepFolder.createNumbered(Path.of(points.get(0).config().output()), RunCommand.stem(config),
                            "densehebb.output", file.resolvedText());
        }
        try (folder) {
            RunLog.attach(folder.dir().resolve(RunFolder.LOG));
            return run(folder, file, points);
        } finally {
            RunLog.detach();
        }
    }

    private int run(SweepFolder folder, SweepSpecLoader.SweepFile file, List<SweepPoint> points) throws Exception {
        int budget = threads != null ? (threads == 0 ? Runtime.getRuntime().availableProcessors() : threads)
                : points.get(0).config().effectiveThreads();
        List<Integer> todo = IntStream.range(0, points.size()).filter(i -> !folder.isFinished(points.get(i))).boxed().toList();
        double[] cost = points.stream().mapToDouble(SweepPoint::cost).toArray();
        SweepProgress progress = new SweepProgress(points, todo);
        long began = System.nanoTime();
        try {
            RunEngine.sweep(new SweepGuardian.SweepContext(new PointQueue(cost, todo, PointQueue.parallelFor(budget)),
                    index -> start(folder, points.get(index), progress.forRun(index)), new CompletableFuture<>()), budget,
                    ConfigFactory.empty());
        } finally {
            progress.close();
        }
        double seconds = (System.nanoTime() - began) * 1e-9;
        List<SweepResults.Run> runs = points.stream().map(p -> new SweepResults.Run(p.coordinates(), p.sample(), p.folder(),
                p.disorderSeed(), p.config().seed(), folder.runDir(p).resolve(RunFolder.SUMMARY))).toList();
        SweepResultsWriter.write(folder.dir(), SweepResults.read(file.spec(), runs), file.seed());
        AtomicFiles.writeString(folder.dir().resolve("timing.json"), timing(points.size(), todo.size(), budget, seconds, progress));
        System.out.println("sweep results in " + folder.dir() + " (report.html, sweep.csv, samples.csv, sweep.json; runs in "
                + SweepFolder.POINTS + "/)");
        if (!todo.isEmpty()) {
            System.out.println(String.format(Locale.ROOT,
                    "%d of %d runs in %.1f s on %d thread(s): %.3g flips, %.3g flips/s; starting a run took %.1f ms on average (at most %.1f ms)",
                    todo.size(), points.size(), seconds, budget, (double) progress.flips(), progress.flips() / seconds,
                    progress.meanStartSeconds() * 1e3, progress.maxStartSeconds() * 1e3));
        }
        return Main.EXIT_OK;
    }

    /**
     * Prepares one run when the sweep starts it: its folder (created with run.conf, or reopened), its
     * network, the checkpoint it resumes from; the folder's lock is released when the run ends.
     */
    private static RunGuardian.RunContext start(SweepFolder sweep, SweepPoint point, RunProgress progress) {
        RunNetwork built = RunCommand.build(point.config());
        RunConfig config = built.config();
        RunFolder folder;
        try {
            folder = sweep.openRun(point, RunConfigLoader.render(config, VersionProvider.version()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare " + sweep.runDir(point) + ": " + e, e);
        }
        Network network = built.network();
        folder.bind(config, network, VersionProvider.version());
        Checkpoint checkpoint = folder.checkpointToResume().orElse(null);
        CompletableFuture<RunGuardian.Completed> outcome = new CompletableFuture<>();
        outcome.whenComplete((done, error) -> {
            try {
                folder.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new RunGuardian.RunContext(config, network, folder, checkpoint, progress, VersionProvider.version(),
                TheoryOverlay.forRun(config), outcome);
    }

    /** A resumed sweep continues only runs whose run.conf is still the one it wrote. */
    private static void checkRunConfs(SweepFolder folder, List<SweepPoint> points) {
        for (SweepPoint point : points) {
            Path runConf = folder.runDir(point).resolve(RunFolder.RUN_CONF);
            // data-driven runs record the network the data gave; their checkpoints are bound to it (RunFolder)
            boolean synthetic = point.config().dataset().kind() == DataSource.Kind.SYNTHETIC;
            if (synthetic && Files.exists(runConf) && !RunConfigLoader.load(runConf, List.of()).equals(point.config())) {
                throw new InvalidParameterException(runConf.toString(), "(edited)",
                        "the run.conf the sweep wrote for " + point.describe() + ", sample " + point.sample()
                                + " (restore it, or delete that run's folder to run it again)");
            }
        }
    }

    private static String timing(int runs, int ran, int threads, double seconds, SweepProgress progress) {
        return String.format(Locale.ROOT, """
                {
                  "runs": %d,
                  "runs_this_time": %d,
                  "threads": %d,
                  "seconds": %s,
                  "attempted_flips": %d,
                  "flips_per_second": %s,
                  "run_start_seconds_mean": %s,
                  "run_start_seconds_max": %s
                }
                """, runs, ran, threads, seconds, progress.flips(), ran == 0 ? "null" : Double.toString(progress.flips() / seconds),
                progress.started() == 0 ? "null" : Double.toString(progress.meanStartSeconds()),
                progress.started() == 0 ? "null" : Double.toString(progress.maxStartSeconds()));
    }
}
