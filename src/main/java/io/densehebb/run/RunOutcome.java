package io.densehebb.run;

import io.densehebb.results.RunResults;
import java.nio.file.Path;

/**
 * A finished run: its folder, the results written there, and how fast this process got there: the
 * wall time in all (start-up, theory and files included) and in rounds, and the flips attempted by
 * all replicas since the start or the resumed checkpoint.
 */
public record RunOutcome(Path runDir, RunResults results, double seconds, double simulationSeconds, long attemptedFlips,
                         int threads) {

    /** Attempted flips per second of rounds, all replicas together. */
    public double flipsPerSecond() {
        return attemptedFlips / simulationSeconds;
    }

    /** Wall time of rounds per attempted flip times threads: what one core spends on a flip, orchestration included. */
    public double nsPerFlipPerThread() {
        return simulationSeconds * 1e9 * threads / attemptedFlips;
    }
}
