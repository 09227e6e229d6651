package io.densehebb.run;

/** Where a run reports how far it is (a console progress bar, a log line, or nothing). */
public interface RunProgress {

    RunProgress NONE = new RunProgress() {
        @Override
        public void started(long completedRounds, long totalRounds) {
        }

        @Override
        public void roundFinished(long round) {
        }

        @Override
        public void finished() {
        }
    };

    void started(long completedRounds, long totalRounds);

    void roundFinished(long round);

    void finished();
}
