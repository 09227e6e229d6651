package io.densehebb.run;

import io.densehebb.io.Checkpoint;
import io.densehebb.results.RunResults;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a run's actors hand what must outlive them: each consistent cut (a checkpoint) and the final
 * results. The actors write no files; a {@link RunFolder} is the recorder of a run on disk.
 */
public interface RunRecorder {

    /** Where the run is recorded (shown to the user and in logs). */
    Path folder();

    /** Keep {@code checkpoint} as the run's latest consistent state; the one before it stays as a fallback. */
    void checkpoint(Checkpoint checkpoint) throws IOException;

    /** Record the final results; afterwards the run counts as finished. */
    void finished(RunResults results) throws IOException;
}
