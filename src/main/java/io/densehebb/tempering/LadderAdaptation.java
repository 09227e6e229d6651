package io.densehebb.tempering;

import io.densehebb.model.InvalidParameterException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * When an adaptive ladder is re-spaced, and what each re-spacing did.
 *
 * <p>Re-spacing happens after the rounds that complete 1/16, 1/8, 1/4 and 1/2 of the burn-in. Each
 * step uses the statistics gathered since the previous one, so the windows double in length (as in
 * Syed et al. 2022, where round n of the adaptation has 2^n scans): early steps move a bad ladder
 * quickly on little data, later ones refine it on more data taken on an already better ladder. The
 * second half of the burn-in runs on the final ladder, so the replicas equilibrate at the temperatures
 * they are measured at.
 */
final class LadderAdaptation {

    /** The burn-in is divided by these to give the adaptation points, earliest first. */
    private static final long[] BURN_IN_DIVISORS = {16, 8, 4, 2};

    /** Fewest rounds before an adaptation point: with one round only the even pairs would have been tried. */
    private static final long MIN_ROUNDS = 2;

    /** Rounds completed (counted from round 0) after which the ladder is re-spaced; ascending, distinct. */
    private final long[] points;
    private int done;
    private final List<SwapReport.Adaptation> history;

    private LadderAdaptation(long[] points, int done, List<SwapReport.Adaptation> history) {
        this.points = points;
        this.done = done;
        this.history = history;
    }

    /**
     * The schedule for a ladder: empty unless it is adaptive and has an interior slot to move (with two
     * slots both betas are end points, which never move).
     */
    static LadderAdaptation schedule(boolean adaptive, int slots, long burnInRounds) {
        return restore(adaptive, slots, burnInRounds, 0, List.of());
    }

    static LadderAdaptation restore(boolean adaptive, int slots, long burnInRounds, int done,
                                    List<SwapReport.Adaptation> history) {
        long[] points = adaptive && slots > 2
                ? Arrays.stream(BURN_IN_DIVISORS).map(d -> burnInRounds / d).filter(p -> p >= MIN_ROUNDS).distinct().toArray()
                : new long[0];
        if (done < 0 || done > points.length) {
            throw new InvalidParameterException("tempering snapshot adaptationsDone", done, "0.." + points.length);
        }
        return new LadderAdaptation(points, done, new ArrayList<>(history));
    }

    /**
     * Whether an adaptation point has been reached after the exchange of {@code round}; the point is then
     * used up whether or not the step can be taken, so the schedule never slips into the second half of
     * the burn-in.
     */
    boolean takeDuePoint(long round) {
        if (done < points.length && round + 1 >= points[done]) {
            done++;
            return true;
        }
        return false;
    }

    void record(long round, double[] betas, double lambda) {
        history.add(new SwapReport.Adaptation(round, Arrays.stream(betas).boxed().toList(), lambda));
    }

    int done() {
        return done;
    }

    List<SwapReport.Adaptation> history() {
        return List.copyOf(history);
    }
}
