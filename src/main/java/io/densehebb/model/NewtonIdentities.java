package io.densehebb.model;

/**
 * Elementary symmetric polynomials from power sums (Newton's identities):
 * k e_k = sum_{j=1..k} (-1)^(j-1) e_{k-j} p_j, with e_0 = 1.
 *
 * <p>The distinct-index P-body sum of docs/physics.md section 2 is e_P(x) with x_j = etahat_j sigma_j, so
 * it follows from the first P power sums of x without ever forming the coupling tensor.
 */
public final class NewtonIdentities {

    private NewtonIdentities() {
    }

    /**
     * e_order from power sums {@code p[1..order]} ({@code p[0]} is ignored). {@code e} is scratch
     * space of length at least order + 1, so hot loops do not allocate.
     */
    public static double elementary(double[] p, int order, double[] e) {
        e[0] = 1.0;
        for (int k = 1; k <= order; k++) {
            double acc = 0.0;
            double sign = 1.0;
            for (int j = 1; j <= k; j++) {
                acc += sign * e[k - j] * p[j];
                sign = -sign;
            }
            e[k] = acc / k;
        }
        return e[order];
    }

    /**
     * Coefficients c[0..order] of e_order(y) as a polynomial in s, for n variables y_j = +-1 whose
     * sum is s: then p_j(y) = s for odd j and n for even j. Used for +-1 patterns, where the
     * single-flip energy change needs e_{P-1} of the other N - 1 variables.
     */
    public static double[] plusMinusOnePolynomial(int order, long n) {
        double[][] e = new double[order + 1][];
        e[0] = new double[] {1.0};
        for (int k = 1; k <= order; k++) {
            double[] acc = new double[k + 1];
            double sign = 1.0;
            for (int j = 1; j <= k; j++) {
                double[] prev = e[k - j];
                for (int d = 0; d < prev.length; d++) {
                    if (j % 2 == 1) {
                        acc[d + 1] += sign * prev[d]; // times s
                    } else {
                        acc[d] += sign * prev[d] * n; // times n
                    }
                }
                sign = -sign;
            }
            for (int d = 0; d <= k; d++) {
                acc[d] /= k;
            }
            e[k] = acc;
        }
        return e[order];
    }

    /** Evaluates a polynomial with coefficients c[0..] at s (Horner). */
    public static double evaluate(double[] c, double s) {
        double v = 0.0;
        for (int d = c.length - 1; d >= 0; d--) {
            v = v * s + c[d];
        }
        return v;
    }
}
