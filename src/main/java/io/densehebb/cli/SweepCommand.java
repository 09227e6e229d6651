package io.densehebb.cli;

import com.typesafe.config.ConfigFactory;
import io.densehebb.actors.RunEngine;
import io.densehebb.actors.RunGuardian;
import io.densehebb.actors.SweepGuardian;
import io.densehebb.config.RunConfig;
import io.densehebb.config.RunConfigLoader;
import io.densehebb.config.SweepSpecLoader;
import io.densehebb.io.AtomicFiles;
import io.densehebb.io.Checkpoint;
import io.densehebb.io.CheckpointStore;
import io.densehebb.model.InvalidParameterException;
import io.densehebb.results.SweepResults;
import io.densehebb.results.SweepResultsWriter;
import io.densehebb.results.TheoryOverlay;
import io.densehebb.run.PointQueue;
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

    static final String SWEEP_CONF = "sweep.conf";
    static final String POINTS = "points";

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
        SweepSpecLoader.SweepFile file;
        Path dir;
        if (resume != null) {
            if (config != null || out != null || !overrides.isEmpty()) {
                throw new InvalidParameterException("--resume", resume,
                        "on its own (with --threads at most): a resumed sweep keeps the configuration in its " + SWEEP_CONF);
            }
            dir = resume;
            if (!Files.isRegularFile(dir.resolve(SWEEP_CONF))) {
                throw new InvalidParameterException("--resume", resume, "a sweep folder holding " + SWEEP_CONF);
            }
            file = SweepSpecLoader.load(dir.resolve(SWEEP_CONF), List.of());
        } else {
            if (config == null) {
                throw new InvalidParameterException("CONFIG", "(none)", "a sweep file, or --resume DIR");
            }
            file = SweepSpecLoader.load(config, overrides);
            dir = null;
        }
        List<SweepPoint> points = SweepPoints.of(file);
        if (resume != null) {
            checkRunConfs(dir, points);
        } else {
            dir = out != null ? RunCommand.checkedOut(out)
                    : RunCommand.freshFolder(Path.of(points.get(0).config().output()), RunCommand.stem(config));
            Files.createDirectories(dir);
            AtomicFiles.writeString(dir.resolve(SWEEP_CONF), file.resolvedText());
        }
        int budget = threads != null ? (threads == 0 ? Runtime.getRuntime().availableProcessors() : threads)
                : points.get(0).config().effectiveThreads();
        Path sweepDir = dir;
        List<Integer> todo = IntStream.range(0, points.size())
                .filter(i -> !Files.exists(runDir(sweepDir, points.get(i)).resolve("report.html"))).boxed().toList();
        long[] flips = points.stream().mapToLong(SweepPoint::flips).toArray();
        SweepProgress progress = new SweepProgress(points, todo);
        long began = System.nanoTime();
        try {
            RunEngine.sweep(new SweepGuardian.SweepContext(new PointQueue(flips, todo, PointQueue.parallelFor(budget)),
                    index -> start(sweepDir, points.get(index), progress.forRun(index)), new CompletableFuture<>()), budget,
                    ConfigFactory.empty());
        } finally {
            progress.close();
        }
        double seconds = (System.nanoTime() - began) * 1e-9;
        List<SweepResults.Run> runs = points.stream().map(p -> new SweepResults.Run(p.coordinates(), p.sample(), p.folder(),
                p.disorderSeed(), p.config().seed(), runDir(sweepDir, p).resolve("summary.json"))).toList();
        SweepResultsWriter.write(dir, SweepResults.read(file.spec(), runs), file.seed());
        AtomicFiles.writeString(dir.resolve("timing.json"), timing(points.size(), todo.size(), budget, seconds, progress));
        System.out.println("sweep results in " + dir + " (report.html, sweep.csv, samples.csv, sweep.json; runs in " + POINTS + "/)");
        if (!todo.isEmpty()) {
            System.out.println(String.format(Locale.ROOT,
                    "%d of %d runs in %.1f s on %d thread(s): %.3g flips, %.3g flips/s; starting a run took %.1f ms on average (at most %.1f ms)",
                    todo.size(), points.size(), seconds, budget, (double) progress.flips(), progress.flips() / seconds,
                    progress.meanStartSeconds() * 1e3, progress.maxStartSeconds() * 1e3));
        }
        return Main.EXIT_OK;
    }

    static Path runDir(Path sweepDir, SweepPoint point) {
        return sweepDir.resolve(POINTS).resolve(point.folder());
    }

    /** Prepares one run when the sweep starts it: its folder and run.conf (unless resumed), its checkpoint, its network. */
    private static RunGuardian.RunContext start(Path sweepDir, SweepPoint point, io.densehebb.run.RunProgress progress) {
        Path runDir = runDir(sweepDir, point);
        RunConfig config = point.config();
        Checkpoint checkpoint;
        try {
            Path runConf = runDir.resolve(RunCommand.RUN_CONF);
            if (!Files.exists(runConf)) {
                Files.createDirectories(runDir);
                AtomicFiles.writeString(runConf, RunConfigLoader.render(config, VersionProvider.version()));
            }
            checkpoint = CheckpointStore.read(runDir).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare " + runDir + ": " + e, e);
        }
        return new RunGuardian.RunContext(config, config.drawNetwork(), runDir, checkpoint, progress, VersionProvider.version(),
                TheoryOverlay.forRun(config), new CompletableFuture<>());
    }

    /** A resumed sweep continues only runs whose run.conf is still the one it wrote. */
    private static void checkRunConfs(Path dir, List<SweepPoint> points) {
        for (SweepPoint point : points) {
            Path runConf = runDir(dir, point).resolve(RunCommand.RUN_CONF);
            if (Files.exists(runConf) && !RunConfigLoader.load(runConf, List.of()).equals(point.config())) {
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
