package io.densehebb.observables;

import java.util.Arrays;

/**
 * When a copy retrieves a pattern (docs/physics.md section 4): its largest overlap |m_mu*| must be clearly
 * above the level that the largest of K overlaps reaches when none is condensed.
 *
 * <p>Without condensation the overlaps m_nu of one configuration are, to a good approximation, independent
 * Gaussians of mean 0 and variance s^2: s^2 = 1/N for a random configuration, more where the spins are
 * correlated with the patterns (the paramagnet of a P = 2 network near T = 1, or the spin-glass phase,
 * where s^2 = r/N with the AGS r of order one or larger). The largest |m_nu| of K such Gaussians exceeds
 * t s with probability at most 2 K exp(-t^2 / 2), so a copy retrieves pattern mu* when
 *
 * <pre>    |m_mu*| > s sqrt(2 ln(2 K / {@value #FALSE_ALARM})),</pre>
 *
 * a level pure noise passes once in 1000 measurements. The noise scale is measured on the copy itself from
 * the other K - 1 overlaps by their median (robust against a few condensed ones in a mixture state):
 * s = median |m_nu| / 0.6745 (the median of |z| for a standard Gaussian z), never below 1/sqrt(N).
 * With K = 1 there is no other overlap and s = 1/sqrt(N).
 *
 * <p>Example: P = 2, N = 200, K = 60 at T = 0.3 (spin-glass phase): median |m_nu| = 0.105, s = 0.156,
 * threshold 0.75, while the largest overlap is 0.44: no copy retrieves. In retrieval at alpha = 0.05 the
 * condensed overlap is near 1 and the others are O(N^(-1/2)).
 */
public final class RetrievalRule {

    /** Probability that a configuration with no condensed pattern is counted as retrieving. */
    public static final double FALSE_ALARM = 1e-3;
    /** Median of |z| for a standard Gaussian z. */
    static final double GAUSSIAN_MEDIAN_ABS = 0.6744897501960817;

    private RetrievalRule() {
    }

    /** The pattern the copy retrieves (argmax_mu |m_mu|, lowest index on ties), or -1 when it retrieves none. */
    public static int retrieved(double[] m, int spins) {
        int best = Magnetisations.retrieved(m);
        return Math.abs(m[best]) > threshold(m, best, spins) ? best : -1;
    }

    /** The level |m_best| must exceed: s sqrt(2 ln(2 K / FALSE_ALARM)) with the noise scale s of the other overlaps. */
    public static double threshold(double[] m, int best, int spins) {
        return noiseScale(m, best, spins) * Math.sqrt(2.0 * Math.log(2.0 * m.length / FALSE_ALARM));
    }

    /** s = max(1/sqrt(N), median_{nu != best} |m_nu| / 0.6745). */
    static double noiseScale(double[] m, int best, int spins) {
        double floor = 1.0 / Math.sqrt(spins);
        if (m.length < 2) {
            return floor;
        }
        double[] others = new double[m.length - 1];
        int i = 0;
        for (int nu = 0; nu < m.length; nu++) {
            if (nu != best) {
                others[i++] = Math.abs(m[nu]);
            }
        }
        Arrays.sort(others);
        int n = others.length;
        double median = n % 2 == 1 ? others[n / 2] : 0.5 * (others[n / 2 - 1] + others[n / 2]);
        return Math.max(floor, median / GAUSSIAN_MEDIAN_ABS);
    }
}
