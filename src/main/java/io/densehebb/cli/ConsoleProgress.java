package io.densehebb.cli;

import io.densehebb.run.RunProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a run: a bar on an interactive console; otherwise (CI, pipes, files) a log line every
 * tenth of the run at INFO, which the default log level keeps quiet.
 */
final class ConsoleProgress implements RunProgress {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleProgress.class);

    private final boolean interactive;
    private ProgressBar bar;
    private long total;
    private long nextLog;

    ConsoleProgress() {
        this.interactive = System.console() != null && System.getenv("CI") == null;
    }

    @Override
    public void started(long completedRounds, long totalRounds) {
        total = totalRounds;
        nextLog = completedRounds + Math.max(1, totalRounds / 10);
        if (interactive) {
            bar = new ProgressBarBuilder().setTaskName("rounds").setInitialMax(totalRounds)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate().build();
            bar.stepTo(completedRounds);
        }
    }

    @Override
    public void roundFinished(long round) {
        if (bar != null) {
            bar.stepTo(round + 1);
        } else if (round + 1 >= nextLog) {
            LOG.info("round {} of {}", round + 1, total);
            nextLog += Math.max(1, total / 10);
        }
    }

    @Override
    public void finished() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
