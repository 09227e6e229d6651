package io.densehebb.mc;

import io.densehebb.model.NewtonIdentities;
import java.util.Arrays;

/**
 * The scalar reference: the four paths of docs/physics.md section 2 written as plainly as possible, one
 * term at a time. Every fast kernel is tested against it flip by flip.
 *
 * <ul>
 *   <li>+-1 weights, P = 2: dE = 2C (sigma_i sum_t w_t p1_t - terms), an integer dot product;</li>
 *   <li>+-1 weights, P >= 3: dE = 2C sum_t x_t e_{P-1}(p1_t - x_t), e_{P-1} of N - 1 variables +-1 read
 *       from an exact integer table (the polynomial in the sum, {@link Couplings#reducedElementary},
 *       outside the exact regime);</li>
 *   <li>integer weights: Newton's identities on the power sums of the other N - 1 entries, in exact
 *       long arithmetic (integer divisions are exact because every e_k of integers is an integer);</li>
 *   <li>full power: dE = C sum_t [a^P - (a - 2x)^P], exact in long arithmetic (a binomial expansion in
 *       doubles outside the exact regime).</li>
 * </ul>
 *
 * Sums: p1 as long for every term; for integer weights with distinct indices the odd sums p_3, p_5, ...
 * up to P as doubles holding exact integers (even ones are constants of the couplings).
 */
final class ReferenceKernel extends FlipKernel {

    private final long[] p1;
    /** Tracked odd power sums k >= 3, [t * tracked + j] for power {@code c.trackedOddPowers[j]}. */
    private final double[] higherOdd;
    private final int tracked;
    private final int stride;
    /** Scratch for Newton's identities (power sums and elementary polynomials of one term). */
    private final double[] powerScratch;
    private final double[] elementaryScratch;
    private final long[] exactPowers;
    private final long[] exactElementary;

    ReferenceKernel(Couplings couplings, byte[] sigma) {
        super(couplings, sigma);
        this.p1 = new long[terms];
        this.tracked = couplings.trackedOddPowers.length;
        this.stride = couplings.stride;
        this.higherOdd = new double[terms * tracked];
        this.powerScratch = new double[couplings.order + 1];
        this.elementaryScratch = new double[couplings.order + 1];
        this.exactPowers = new long[couplings.order + 1];
        this.exactElementary = new long[couplings.order + 1];
        recomputeSums();
    }

    @Override
    String name() {
        return "reference";
    }

    @Override
    long firstPowerSum(int t) {
        return p1[t];
    }

    @Override
    double higherOddSum(int t, int j) {
        return higherOdd[t * tracked + j];
    }

    private double oddSum(int t, int k) {
        return k == 1 ? p1[t] : higherOdd[t * tracked + (k - 3) / 2];
    }

    // ---- energy change -------------------------------------------------------------------------

    @Override
    double deltaEnergy(int i) {
        if (c.exact) {
            return c.deltaScale * (double) exactS(i);
        }
        if (!c.distinct) {
            return fullPowerDelta(i);
        }
        if (c.plusMinusOne) {
            return plusMinusOneDelta(i);
        }
        return generalDelta(i);
    }

    /** The exact integer S(i) of {@link FlipKernel} (requires {@link Couplings#exact}). */
    long exactS(int i) {
        if (!c.distinct) {
            return fullPowerS(i);
        }
        if (c.plusMinusOne) {
            return c.order == 2 ? pairS(i) : plusMinusOneS(i);
        }
        return generalS(i);
    }

    /** P = 2, +-1 weights: S = sigma_i sum_t w_t p1_t - terms. */
    private long pairS(int i) {
        byte[] w = c.signs;
        int base = i * stride;
        long dot = 0;
        for (int t = 0; t < terms; t++) {
            dot += w[base + t] * p1[t];
        }
        return sigma[i] * dot - terms;
    }

    /** +-1 weights, P >= 3: S = sum_t x_t e_{P-1}(p1_t - x_t), from the exact table. */
    private long plusMinusOneS(int i) {
        byte[] w = c.signs;
        long[] table = c.reducedElementaryTable;
        int base = i * stride;
        int s = sigma[i];
        int shift = n - 1;
        long acc = 0;
        for (int t = 0; t < terms; t++) {
            int x = w[base + t] * s;
            acc += x * table[(int) ((p1[t] - x + shift) >> 1)];
        }
        return acc;
    }

    /** Integer weights: S = sum_t x_t e_{P-1}(others), Newton's identities in exact long arithmetic. */
    private long generalS(int i) {
        int[] w = c.weights;
        long[] even = c.evenPowerSumsExact;
        int base = i * stride;
        int s = sigma[i];
        int order = c.order;
        long[] p = exactPowers;
        long[] e = exactElementary;
        long acc = 0;
        for (int t = 0; t < terms; t++) {
            long x = (long) w[base + t] * s;
            long xk = x;
            for (int k = 1; k < order; k++) {
                long sum = k % 2 == 0 ? even[t * (order + 1) + k] : (long) oddSum(t, k);
                p[k] = sum - xk;
                xk *= x;
            }
            e[0] = 1;
            for (int k = 1; k < order; k++) {
                long v = 0;
                for (int j = 1; j <= k; j++) {
                    long term = e[k - j] * p[j];
                    v = j % 2 == 1 ? v + term : v - term;
                }
                e[k] = v / k;
            }
            acc += x * e[order - 1];
        }
        return acc;
    }

    /** Full power: S = sum_t [a^P - (a - 2x)^P]. */
    private long fullPowerS(int i) {
        int base = i * stride;
        int s = sigma[i];
        int order = c.order;
        long acc = 0;
        for (int t = 0; t < terms; t++) {
            long a = p1[t];
            long b = a - 2L * c.weight(i, t) * s;
            long ap = 1;
            long bp = 1;
            for (int k = 0; k < order; k++) {
                ap *= a;
                bp *= b;
            }
            acc += ap - bp;
        }
        return acc;
    }

    // ---- the double paths (outside the exact regime) -------------------------------------------

    /** +-1 weights, P >= 3: e_{P-1} of the other N - 1 entries is a polynomial in their sum. */
    private double plusMinusOneDelta(int i) {
        if (c.order == 2) {
            return c.deltaScale * (double) pairS(i);
        }
        byte[] w = c.signs;
        double[] poly = c.reducedElementary;
        int base = i * stride;
        int s = sigma[i];
        double acc = 0.0;
        for (int t = 0; t < terms; t++) {
            int x = w[base + t] * s;
            acc += x * NewtonIdentities.evaluate(poly, p1[t] - x);
        }
        return 2.0 * c.prefactor * acc;
    }

    /** Integer weights: Newton's identities on the power sums of the other N - 1 entries. */
    private double generalDelta(int i) {
        int[] w = c.weights;
        int base = i * stride;
        int s = sigma[i];
        int order = c.order;
        double[] p = powerScratch;
        double acc = 0.0;
        for (int t = 0; t < terms; t++) {
            double x = (double) w[base + t] * s;
            double xk = x;
            for (int k = 1; k < order; k++) {
                double sum = k % 2 == 0 ? c.evenPowerSums[t * (order + 1) + k] : oddSum(t, k);
                p[k] = sum - xk;
                xk *= x;
            }
            acc += x * NewtonIdentities.elementary(p, order - 1, elementaryScratch);
        }
        return 2.0 * c.prefactor * acc;
    }

    /**
     * Full power F = p1^P: dE = -C sum_t [(a - d)^P - a^P] with a = p1, d = 2 x_i, expanded as
     * sum_{k=1..P} binom(P,k) a^(P-k) (-d)^k so that no two large numbers are subtracted.
     */
    private double fullPowerDelta(int i) {
        int s = sigma[i];
        int order = c.order;
        double acc = 0.0;
        double[] coefficients = powerScratch;
        for (int t = 0; t < terms; t++) {
            double a = p1[t];
            double minusD = -2.0 * c.weight(i, t) * s;
            double inner = 0.0;
            double binom = 1.0; // binom(P, P)
            double aPower = 1.0; // a^(P-k) for k = P
            for (int k = order; k >= 1; k--) {
                coefficients[k] = binom * aPower;
                binom = binom * k / (order - k + 1);
                aPower *= a;
            }
            for (int k = order; k >= 1; k--) {
                inner = inner * minusD + coefficients[k];
            }
            acc += inner * minusD;
        }
        return -c.prefactor * acc;
    }

    // ---- updates -------------------------------------------------------------------------------

    @Override
    void flip(int i) {
        int base = i * stride;
        int s = sigma[i];
        if (c.plusMinusOne) {
            byte[] w = c.signs;
            for (int t = 0; t < terms; t++) {
                p1[t] -= 2 * w[base + t] * s;
            }
        } else {
            int[] w = c.weights;
            for (int t = 0; t < terms; t++) {
                long x = (long) w[base + t] * s;
                p1[t] -= 2 * x;
                if (tracked > 0) {
                    double xd = x;
                    double x2 = xd * xd;
                    double xk = xd;
                    for (int j = 0; j < tracked; j++) {
                        xk *= x2;
                        higherOdd[t * tracked + j] -= 2.0 * xk;
                    }
                }
            }
        }
        sigma[i] = (byte) -s;
    }

    // ---- sums ----------------------------------------------------------------------------------

    @Override
    void recomputeSums() {
        Arrays.fill(p1, 0L);
        Arrays.fill(higherOdd, 0.0);
        for (int i = 0; i < n; i++) {
            int s = sigma[i];
            for (int t = 0; t < terms; t++) {
                long x = (long) c.weight(i, t) * s;
                p1[t] += x;
                if (tracked > 0) {
                    double xd = x;
                    double xk = xd;
                    for (int j = 0; j < tracked; j++) {
                        xk *= xd * xd;
                        higherOdd[t * tracked + j] += xk;
                    }
                }
            }
        }
    }

    @Override
    void exportSums(long[] p1Out, double[] higherOddOut) {
        System.arraycopy(p1, 0, p1Out, 0, terms);
        System.arraycopy(higherOdd, 0, higherOddOut, 0, higherOdd.length);
    }

    @Override
    void importSums(long[] p1In, double[] higherOddIn) {
        System.arraycopy(p1In, 0, p1, 0, terms);
        System.arraycopy(higherOddIn, 0, higherOdd, 0, higherOdd.length);
    }

    @Override
    void checkConsistency() {
        long[] keptP1 = p1.clone();
        double[] keptOdd = higherOdd.clone();
        recomputeSums();
        for (int t = 0; t < terms; t++) {
            if (keptP1[t] != p1[t]) {
                throw drift("power sum p1", t, keptP1[t], p1[t]);
            }
        }
        for (int j = 0; j < keptOdd.length; j++) {
            double scale = Math.max(1.0, Math.abs(higherOdd[j]));
            if (Math.abs(keptOdd[j] - higherOdd[j]) > 1e-9 * scale) {
                throw new IllegalStateException("odd power sum " + j + " drifted: kept " + keptOdd[j] + ", recomputed " + higherOdd[j]);
            }
        }
    }

    @Override
    long bytesPerReplica() {
        return 8L * p1.length + 8L * higherOdd.length;
    }
}
