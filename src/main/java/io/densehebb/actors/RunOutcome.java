package io.densehebb.actors;

import io.densehebb.io.RunResults;
import java.nio.file.Path;

/**
 * A finished run: its folder, the results written there, and how fast this process got there
 * (wall time and the flips attempted by all replicas since the start or the resumed checkpoint).
 */
public record RunOutcome(Path runDir, RunResults results, double seconds, long attemptedFlips, int threads) {

    public double flipsPerSecond() {
        return attemptedFlips / seconds;
    }

    /** Wall time per attempted flip times threads: what one core spends on a flip, orchestration included. */
    public double nsPerFlipPerThread() {
        return seconds * 1e9 * threads / attemptedFlips;
    }
}
