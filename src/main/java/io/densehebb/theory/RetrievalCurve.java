package io.densehebb.theory;

import java.util.Optional;

/**
 * The retrieval problem reduced to n alone: gap(n) = F_n(n) / n - 1 with the glassy order parameter
 * solved at each n ({@link SaddlePoint#completeAt}). A retrieval solution is a root with n > 0; one
 * exists iff the maximum of the gap over (0, 1] is >= 0, because the gap is negative at n = 1. This is
 * the fallback when the fixed-point iteration from n = 1 stalls next to a spinodal, and it is the
 * function whose zero is the spinodal.
 */
final class RetrievalCurve {

    /** n below this counts as the limit n -> 0+: the gap differs from its limit by O(n^2). */
    static final double SMALLEST_N = 1e-4;

    private final SaddlePoint map;

    RetrievalCurve(SaddlePoint map) {
        this.map = map;
    }

    double gap(double n) {
        return map.image(map.completeAt(n))[0] / n - 1;
    }

    IntervalMaximum maximum() {
        return IntervalMaximum.of(this::gap, SMALLEST_N);
    }

    /** The fixed point with the largest n above the maximum of the gap, or empty when there is none. */
    Optional<double[]> retrievalFixedPoint() {
        IntervalMaximum max = maximum();
        if (max.value() < 0) {
            return Optional.empty();
        }
        if (gap(1) >= 0) {
            return Optional.of(map.completeAt(1));
        }
        return Optional.of(map.completeAt(SaddlePoint.brent(this::gap, max.at(), 1)));
    }
}
