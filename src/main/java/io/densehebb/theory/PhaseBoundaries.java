package io.densehebb.theory;

/**
 * Smooth functions of one problem whose zeros are the lines of a phase diagram, so that lines can be
 * traced by Brent root finding instead of thresholding a grid.
 *
 * <ul>
 *   <li>{@link #retrievalExistence}: max over n in (0, 1] of F_n(n) / n - 1, with the glassy order
 *       parameter solved at each n. A retrieval solution exists iff it is >= 0 (F_n(n) < n at n = 1), it
 *       is smooth across the spinodal (a fold), and at a continuous transition, where the maximum sits
 *       at n -> 0, it is the linear stability of n = 0 (beta - 1 for P = 2 at low load).</li>
 *   <li>{@link #spinGlassExistence}: the same for q at n = 0: >= 0 iff a q > 0 solution exists.</li>
 *   <li>{@link #retrievalAdvantage}: free energy of retrieval minus that of its competitor.</li>
 *   <li>{@link #retrievalStabilityMargin}: replicon value of the retrieval branch minus 1 (AT line).</li>
 * </ul>
 */
public final class PhaseBoundaries {

    /** q below this counts as the limit q -> 0+: Q(0, q) / q differs from its limit by O(q). */
    private static final double SMALLEST_Q = 1e-8;

    private PhaseBoundaries() {
    }

    /** >= 0 iff a retrieval solution (n > 0) exists; zero on the retrieval spinodal. */
    public static double retrievalExistence(RsProblem problem) {
        return new RetrievalCurve(SaddlePoint.of(problem)).maximum().value();
    }

    /**
     * >= 0 iff a spin-glass solution (n = 0, q > 0) exists; zero on the spin-glass line. -1 at low load,
     * where there is no glassy noise, and 1 at T = 0 at high load, where the glass always exists.
     */
    public static double spinGlassExistence(RsProblem problem) {
        if (problem.load() == LoadRegime.LOW) {
            return -1;
        }
        if (problem.isZeroTemperature()) {
            return 1;
        }
        FiniteTemperatureSaddlePoint map = new FiniteTemperatureSaddlePoint(problem);
        double lowest = problem.p() == 2 ? Math.max(SMALLEST_Q, 1 - problem.temperature() + SMALLEST_Q) : SMALLEST_Q;
        return IntervalMaximum.of(q -> map.image(new double[] {0, q})[1] / q - 1, lowest).value();
    }

    /**
     * f(retrieval) - f(competitor): negative where retrieval is the thermodynamic state, zero on the
     * first-order line, NaN where there is no retrieval branch.
     */
    public static double retrievalAdvantage(RsProblem problem) {
        RsResult result = RsSolver.solve(problem);
        return result.branch(Branch.RETRIEVAL)
                .flatMap(r -> RsSolver.competitor(result.branches()).map(c -> r.freeEnergy() - c.freeEnergy()))
                .orElse(Double.NaN);
    }

    /** Replicon value of the retrieval branch minus 1: zero on its AT line, NaN without retrieval. */
    public static double retrievalStabilityMargin(RsProblem problem) {
        return RsSolver.solve(problem).branch(Branch.RETRIEVAL).map(r -> r.stabilityValue() - 1).orElse(Double.NaN);
    }
}
