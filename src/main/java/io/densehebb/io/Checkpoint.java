package io.densehebb.io;

import io.densehebb.mc.ChainState;
import io.densehebb.observables.SlotStatistics;
import io.densehebb.tempering.ReplicaExchange;
import java.util.List;

/**
 * The latest consistent state of a run, cut at a round boundary: every chain as the next round
 * starts it, the tempering state (ladder, swap statistics, walkers, its random stream) and the
 * accumulated per-temperature statistics. With the run's run.conf it is all a resumed run needs to
 * continue exactly as the uninterrupted run would have.
 *
 * @param formatVersion {@link #FORMAT_VERSION} of the writer
 * @param round         the last completed round
 * @param chains        chains[copy][slot]
 */
public record Checkpoint(int formatVersion, long round, ChainState[][] chains, ReplicaExchange.Snapshot exchange,
                         List<SlotStatistics.Snapshot> slots) {

    public static final int FORMAT_VERSION = 2;
}
