package io.densehebb.tempering;

/**
 * Monotone piecewise-cubic Hermite interpolation (Fritsch and Carlson, SIAM J. Numer. Anal. 17 (1980)
 * 238) through strictly increasing data, with its inverse. An ordinary cubic spline can overshoot and
 * stop being monotone, and the ladder adaptation inverts this function, so monotonicity is the one
 * property it must have.
 */
final class MonotoneCubic {

    private final double[] x;
    private final double[] y;
    private final double[] slope;

    /** @param x strictly increasing knots; @param y strictly increasing values at the knots */
    MonotoneCubic(double[] x, double[] y) {
        int n = x.length;
        if (n < 2 || y.length != n) {
            throw new IllegalArgumentException("need at least two knots and one value per knot, got " + n + " and " + y.length);
        }
        double[] secant = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            double h = x[i + 1] - x[i];
            double dy = y[i + 1] - y[i];
            if (!(h > 0.0) || !(dy > 0.0)) {
                throw new IllegalArgumentException("knots and values must increase strictly, at interval " + i);
            }
            secant[i] = dy / h;
        }
        double[] m = new double[n];
        m[0] = secant[0];
        m[n - 1] = secant[n - 2];
        for (int i = 1; i < n - 1; i++) {
            m[i] = 0.5 * (secant[i - 1] + secant[i]);
        }
        // Fritsch-Carlson: the cubic on an interval is monotone when (m_i, m_{i+1}) / secant lies inside
        // the circle of radius 3; pull the two tangents back onto it where they stick out.
        for (int i = 0; i < n - 1; i++) {
            double a = m[i] / secant[i];
            double b = m[i + 1] / secant[i];
            double radius2 = a * a + b * b;
            if (radius2 > 9.0) {
                double tau = 3.0 / Math.sqrt(radius2);
                m[i] = tau * a * secant[i];
                m[i + 1] = tau * b * secant[i];
            }
        }
        this.x = x.clone();
        this.y = y.clone();
        this.slope = m;
    }

    double value(double at) {
        if (at <= x[0]) {
            return y[0];
        }
        int last = x.length - 1;
        if (at >= x[last]) {
            return y[last];
        }
        int i = interval(x, at);
        return hermite(i, at);
    }

    /** The x in [x_0, x_last] with value(x) = target, by bisection on the one interval that brackets it. */
    double inverse(double target) {
        int last = x.length - 1;
        if (target <= y[0]) {
            return x[0];
        }
        if (target >= y[last]) {
            return x[last];
        }
        int i = interval(y, target);
        double lo = x[i];
        double hi = x[i + 1];
        // bisection halves the bracket until it is as small as doubles allow (about 60 steps)
        while (true) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                return mid;
            }
            if (hermite(i, mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
    }

    private double hermite(int i, double at) {
        double h = x[i + 1] - x[i];
        double t = (at - x[i]) / h;
        double t2 = t * t;
        double t3 = t2 * t;
        double h00 = 2 * t3 - 3 * t2 + 1;
        double h10 = t3 - 2 * t2 + t;
        double h01 = -2 * t3 + 3 * t2;
        double h11 = t3 - t2;
        return h00 * y[i] + h10 * h * slope[i] + h01 * y[i + 1] + h11 * h * slope[i + 1];
    }

    /** The index i with knots[i] <= v < knots[i+1], for knots[0] < v < knots[last]. */
    private static int interval(double[] knots, double v) {
        int lo = 0;
        int hi = knots.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (knots[mid] <= v) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
