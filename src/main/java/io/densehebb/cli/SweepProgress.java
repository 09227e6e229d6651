package io.densehebb.cli;

import io.densehebb.run.RunPlan;
import io.densehebb.run.RunProgress;
import io.densehebb.run.SweepPoint;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a sweep: runs done / running / left, attempted flips per second and the time left,
 * as a bar on an interactive console; otherwise (CI, pipes, files) a log line at INFO per finished
 * run, which the default log level keeps quiet. Also measures what starting a run costs: from the
 * moment the sweep starts it to its first round.
 */
final class SweepProgress {

    private static final Logger LOG = LoggerFactory.getLogger(SweepProgress.class);

    private final List<SweepPoint> points;
    private final int total;
    private final AtomicInteger done;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong flips = new AtomicLong();
    private final AtomicLong startNanos = new AtomicLong();
    private final AtomicInteger starts = new AtomicInteger();
    private final AtomicLong maxStartNanos = new AtomicLong();
    private final long flipsToDo;
    private final long began = System.nanoTime();
    private final AtomicLong lastMessage = new AtomicLong(began);
    private final ProgressBar bar;

    SweepProgress(List<SweepPoint> points, List<Integer> todo) {
        this.points = points;
        this.total = points.size();
        this.done = new AtomicInteger(total - todo.size());
        this.flipsToDo = todo.stream().mapToLong(i -> points.get(i).flips()).sum();
        boolean interactive = System.console() != null && System.getenv("CI") == null;
        this.bar = interactive ? new ProgressBarBuilder().setTaskName("sweep").setInitialMax(Math.max(1, flipsToDo / 1_000_000))
                .setUnit(" Mflips", 1).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate().build()
                : null;
        message();
    }

    /** The progress of run {@code index}, started now. */
    RunProgress forRun(int index) {
        long created = System.nanoTime();
        running.incrementAndGet();
        SweepPoint point = points.get(index);
        RunPlan plan = RunPlan.of(point.config());
        long flipsPerRound = (long) plan.sweepsPerRound() * plan.copies() * plan.slots() * point.config().network().N();
        return new RunProgress() {
            @Override
            public void started(long completedRounds, long totalRounds) {
                long cost = System.nanoTime() - created;
                startNanos.addAndGet(cost);
                starts.incrementAndGet();
                maxStartNanos.accumulateAndGet(cost, Math::max);
            }

            @Override
            public void roundFinished(long round) {
                long now = flips.addAndGet(flipsPerRound);
                if (bar != null) {
                    bar.stepTo(now / 1_000_000);
                    long t = System.nanoTime();
                    long last = lastMessage.get();
                    if (t - last > 500_000_000L && lastMessage.compareAndSet(last, t)) {
                        message();
                    }
                }
            }

            @Override
            public void finished() {
                running.decrementAndGet();
                int finished = done.incrementAndGet();
                message();
                LOG.info("run {} of {} done: {} (sample {})", finished, total, point.describe(), point.sample());
            }
        };
    }

    private void message() {
        if (bar == null) {
            return;
        }
        int d = done.get();
        int r = running.get();
        double seconds = (System.nanoTime() - began) * 1e-9;
        double rate = seconds > 0 ? flips.get() / seconds : 0.0;
        double left = rate > 0 ? (flipsToDo - flips.get()) / rate : Double.NaN;
        bar.setExtraMessage(String.format(Locale.ROOT, " runs %d done, %d running, %d left; %.3g flips/s; %s left", d, r,
                total - d - r, rate, Double.isFinite(left) ? Math.round(left) + " s" : "?"));
    }

    void close() {
        if (bar != null) {
            bar.close();
        }
    }

    long flips() {
        return flips.get();
    }

    /** Mean wall time from starting a run to its first round, in seconds (NaN when none started). */
    double meanStartSeconds() {
        return starts.get() == 0 ? Double.NaN : startNanos.get() * 1e-9 / starts.get();
    }

    double maxStartSeconds() {
        return maxStartNanos.get() * 1e-9;
    }

    int started() {
        return starts.get();
    }
}
