package io.densehebb.theory;

/**
 * Finds a fixed point of a {@link SaddlePoint} map from one start: damped fixed-point iteration (the
 * damping halves whenever the residual keeps growing), then a Newton polish on F(x) - x with a
 * finite-difference Jacobian and a backtracking line search. Coordinates that are not free stay at
 * their start (n = 0 is an invariant subspace of the map). The outcome says how far from a fixed
 * point it ended and whether that fixed point attracts the damped iteration.
 */
final class FixedPointSolver {

    /**
     * @param x          the last point
     * @param residual   max |F(x) - x|
     * @param converged  residual <= {@link #TOLERANCE}
     * @param attracting the largest real part of the eigenvalues of dF (over the free coordinates) is
     *                   at most 1: the branch is locally stable, not a saddle between two branches
     * @param failure    why the search stopped early, or null
     */
    record Outcome(double[] x, double residual, boolean converged, boolean attracting, String failure) {
    }

    static final double TOLERANCE = 1e-9;

    private static final int MAX_ITERATIONS = 400;
    private static final int MAX_NEWTON_STEPS = 40;
    private static final int MAX_HALVINGS = 30;
    private static final double TARGET = 1e-13;
    private static final double FD_STEP = 1e-7;
    private static final double MIN_DAMPING = 1.0 / 32;

    private final SaddlePoint map;

    FixedPointSolver(SaddlePoint map) {
        this.map = map;
    }

    Outcome solve(double[] start, boolean[] free) {
        double[] x = start.clone();
        double damping = 1;
        double previous = Double.POSITIVE_INFINITY;
        int growing = 0;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            if (!map.admissible(x)) {
                String where = it == 0 ? "the start lies" : "iteration " + it + " left the region";
                return new Outcome(x, Double.NaN, false, false, where + " outside the domain " + map.domain());
            }
            double[] fx = map.image(x);
            double residual = residual(x, fx);
            if (!Double.isFinite(residual)) {
                return new Outcome(x, residual, false, false, "non-finite map value at iteration " + it);
            }
            if (residual < TARGET) {
                break;
            }
            if (residual > previous && ++growing >= 3) {
                damping = Math.max(damping / 2, MIN_DAMPING);
                growing = 0;
            }
            previous = residual;
            x = dampedStep(x, fx, free, damping);
        }
        return polish(x, free);
    }

    /** x + gamma (F(x) - x), with gamma halved for this step until the point stays admissible. */
    private double[] dampedStep(double[] x, double[] fx, boolean[] free, double damping) {
        double gamma = damping;
        double[] next = x.clone();
        for (int h = 0; h <= MAX_HALVINGS; h++, gamma /= 2) {
            for (int i = 0; i < x.length; i++) {
                next[i] = free[i] ? x[i] + gamma * (fx[i] - x[i]) : x[i];
            }
            if (map.admissible(next)) {
                return next;
            }
        }
        return next;
    }

    private Outcome polish(double[] x, boolean[] free) {
        int[] idx = freeIndices(free);
        double residual = residualAt(x);
        for (int step = 0; step < MAX_NEWTON_STEPS && residual > TARGET && idx.length > 0; step++) {
            double[] fx = map.image(x);
            double[][] jacobian = jacobian(x, idx);
            double[] g = new double[idx.length];
            for (int a = 0; a < idx.length; a++) {
                g[a] = fx[idx[a]] - x[idx[a]];
                jacobian[a][a] -= 1;
            }
            double[] delta = solveLinear(jacobian, g);
            if (delta == null) {
                break;
            }
            double[] next = null;
            double nextResidual = residual;
            double t = 1;
            for (int h = 0; h < MAX_HALVINGS; h++, t /= 2) {
                double[] trial = x.clone();
                for (int a = 0; a < idx.length; a++) {
                    trial[idx[a]] -= t * delta[a];
                }
                if (map.admissible(trial)) {
                    double r = residualAt(trial);
                    if (r < residual) {
                        next = trial;
                        nextResidual = r;
                        break;
                    }
                }
            }
            if (next == null) {
                break;
            }
            x = next;
            residual = nextResidual;
        }
        boolean converged = residual <= TOLERANCE;
        boolean attracting = idx.length == 0 || largestRealEigenvalue(jacobian(x, idx)) <= 1 + 1e-6;
        return new Outcome(x, residual, converged, attracting,
                converged ? null : "did not converge: residual " + residual);
    }

    private double residualAt(double[] x) {
        return map.admissible(x) ? residual(x, map.image(x)) : Double.POSITIVE_INFINITY;
    }

    private static double residual(double[] x, double[] fx) {
        double r = 0;
        for (int i = 0; i < x.length; i++) {
            double d = Math.abs(fx[i] - x[i]);
            r = Double.isNaN(d) ? Double.NaN : Math.max(r, d);
        }
        return r;
    }

    /** dF over the free coordinates; one-sided next to 0, where q or C cannot go negative. */
    private double[][] jacobian(double[] x, int[] idx) {
        double[][] j = new double[idx.length][idx.length];
        for (int b = 0; b < idx.length; b++) {
            int col = idx[b];
            boolean oneSided = col > 0 && x[col] < 2 * FD_STEP;
            double[] plus = x.clone();
            plus[col] += FD_STEP;
            double[] minus = x.clone();
            minus[col] -= oneSided ? 0 : FD_STEP;
            double[] fPlus = map.image(plus);
            double[] fMinus = map.image(minus);
            double width = oneSided ? FD_STEP : 2 * FD_STEP;
            for (int a = 0; a < idx.length; a++) {
                j[a][b] = (fPlus[idx[a]] - fMinus[idx[a]]) / width;
            }
        }
        return j;
    }

    private static int[] freeIndices(boolean[] free) {
        int count = 0;
        for (boolean f : free) {
            count += f ? 1 : 0;
        }
        int[] idx = new int[count];
        int k = 0;
        for (int i = 0; i < free.length; i++) {
            if (free[i]) {
                idx[k++] = i;
            }
        }
        return idx;
    }

    /** Solves the 1x1 or 2x2 system a d = g; null when singular. */
    private static double[] solveLinear(double[][] a, double[] g) {
        if (a.length == 1) {
            return a[0][0] == 0 ? null : new double[] {g[0] / a[0][0]};
        }
        double det = a[0][0] * a[1][1] - a[0][1] * a[1][0];
        if (det == 0 || !Double.isFinite(det)) {
            return null;
        }
        return new double[] {(a[1][1] * g[0] - a[0][1] * g[1]) / det, (a[0][0] * g[1] - a[1][0] * g[0]) / det};
    }

    private static double largestRealEigenvalue(double[][] a) {
        if (a.length == 1) {
            return a[0][0];
        }
        double halfTrace = (a[0][0] + a[1][1]) / 2;
        double det = a[0][0] * a[1][1] - a[0][1] * a[1][0];
        double discriminant = halfTrace * halfTrace - det;
        return discriminant >= 0 ? halfTrace + Math.sqrt(discriminant) : halfTrace;
    }
}
