package io.densehebb.tempering;

import java.util.Arrays;

/**
 * Follows the walkers of one copy through the ladder. A walker is one configuration (one replica's
 * spin state) as it is handed from slot to slot by accepted swaps; walker w starts at slot w.
 *
 * <p>A round trip is the walker going from the coldest slot (L-1) to the hottest (0) and back to the
 * coldest. Each walker remembers the last end it touched, and the hottest end only counts when it was
 * reached from the coldest one, so that the first trip of a walker that starts mid-ladder or at the hot
 * end is never counted as a whole one.
 *
 * <p>A descent to slot k is a walker reaching slot k for the first time since it was last at the hottest
 * slot: a configuration decorrelated by the hot end arriving at this temperature. Each walker remembers the
 * coldest slot it has reached since it left the hottest one, so that a walker hovering around slot k is
 * counted once per excursion. Descents per slot say how often a temperature received fresh configurations;
 * at the coldest slot they are the hot-to-cold halves of round trips. A walker that has never been at the
 * hottest slot descends nowhere.
 */
final class WalkerTracker {

    /** The last end of the ladder a walker touched; stored by ordinal in snapshots, so never reorder. */
    enum LastEnd {
        NONE,
        COLDEST,
        HOTTEST
    }

    private int[] walkerAtSlot;
    private final LastEnd[] lastEnd;
    private final long[] roundTrips;
    /** Per walker: the coldest slot reached since it was last at the hottest slot, -1 before its first visit there. */
    private final int[] deepestSinceHot;
    private final long[] descents;

    /** Walkers at their starting slots: walker w at slot w, and only the one at the cold end has touched an end. */
    WalkerTracker(int slots) {
        walkerAtSlot = new int[slots];
        lastEnd = new LastEnd[slots];
        roundTrips = new long[slots];
        deepestSinceHot = new int[slots];
        descents = new long[slots];
        for (int w = 0; w < slots; w++) {
            walkerAtSlot[w] = w;
            lastEnd[w] = LastEnd.NONE;
            deepestSinceHot[w] = -1;
        }
        lastEnd[slots - 1] = LastEnd.COLDEST;
        deepestSinceHot[0] = 0;
    }

    private WalkerTracker(int[] walkerAtSlot, LastEnd[] lastEnd, long[] roundTrips, int[] deepestSinceHot, long[] descents) {
        this.walkerAtSlot = walkerAtSlot;
        this.lastEnd = lastEnd;
        this.roundTrips = roundTrips;
        this.deepestSinceHot = deepestSinceHot;
        this.descents = descents;
    }

    /**
     * Restores a tracker from snapshot arrays (copied); {@code lastEndOrdinals} holds {@link LastEnd} ordinals,
     * {@code deepestSinceHot} is indexed by walker and {@code descents} by slot.
     */
    static WalkerTracker of(int[] walkerAtSlot, int[] lastEndOrdinals, long[] roundTrips, int[] deepestSinceHot, long[] descents) {
        LastEnd[] ends = new LastEnd[lastEndOrdinals.length];
        for (int w = 0; w < ends.length; w++) {
            ends[w] = LastEnd.values()[lastEndOrdinals[w]];
        }
        return new WalkerTracker(walkerAtSlot.clone(), ends, roundTrips.clone(), deepestSinceHot.clone(), descents.clone());
    }

    int slots() {
        return walkerAtSlot.length;
    }

    int walkerAt(int slot) {
        return walkerAtSlot[slot];
    }

    /**
     * Moves the walkers: the walker now at slot k is the one that was at slot {@code moves[k]}. Only for
     * ladders of two or more slots, where the hottest and the coldest slot are different slots.
     */
    void apply(int[] moves) {
        int[] next = new int[walkerAtSlot.length];
        for (int k = 0; k < next.length; k++) {
            next[k] = walkerAtSlot[moves[k]];
        }
        walkerAtSlot = next;
        for (int k = 0; k < next.length; k++) {
            int w = next[k];
            if (k == 0) {
                deepestSinceHot[w] = 0;
            } else if (deepestSinceHot[w] >= 0 && k > deepestSinceHot[w]) {
                for (int passed = deepestSinceHot[w] + 1; passed <= k; passed++) {
                    descents[passed]++;
                }
                deepestSinceHot[w] = k;
            }
        }
        int hot = walkerAtSlot[0];
        if (lastEnd[hot] == LastEnd.COLDEST) {
            lastEnd[hot] = LastEnd.HOTTEST;
        }
        int cold = walkerAtSlot[walkerAtSlot.length - 1];
        if (lastEnd[cold] == LastEnd.HOTTEST) {
            roundTrips[cold]++;
        }
        lastEnd[cold] = LastEnd.COLDEST;
    }

    long roundTrips(int walker) {
        return roundTrips[walker];
    }

    /** Descents to {@code slot} (see the class comment) since the counts were last zeroed; 0 for the hottest slot. */
    long descents(int slot) {
        return descents[slot];
    }

    long totalRoundTrips() {
        long sum = 0;
        for (long r : roundTrips) {
            sum += r;
        }
        return sum;
    }

    /**
     * Zeroes the round-trip counts but keeps positions and last ends: a trip under way when the counting
     * restarts is counted when it completes, which keeps round trips per round an unbiased rate estimate.
     */
    void resetCounts() {
        Arrays.fill(roundTrips, 0L);
        Arrays.fill(descents, 0L);
    }

    int[] walkerAtSlotCopy() {
        return walkerAtSlot.clone();
    }

    int[] lastEndOrdinals() {
        int[] o = new int[lastEnd.length];
        for (int w = 0; w < o.length; w++) {
            o[w] = lastEnd[w].ordinal();
        }
        return o;
    }

    long[] roundTripsCopy() {
        return roundTrips.clone();
    }

    int[] deepestSinceHotCopy() {
        return deepestSinceHot.clone();
    }

    long[] descentsCopy() {
        return descents.clone();
    }
}
