package io.densehebb.mc;

import io.densehebb.model.NewtonIdentities;
import java.util.Arrays;

/**
 * A configuration sigma together with the per-term power sums p_k = sum_j (w_j sigma_j)^k that make
 * the energy and every single-flip energy change O(terms) (PHYSICS.md section 2):
 *
 * <ul>
 *   <li>p_1 for every term, exactly, as a long;</li>
 *   <li>for non-+-1 weights with distinct indices, the odd sums p_3, p_5, ... up to P (even ones are
 *       constants of the couplings);</li>
 * </ul>
 *
 * Flipping spin i changes x_i to -x_i, and since e_P(x) = x_i e_{P-1}(x without i) + e_P(x without i),
 * dE = 2 C sum_t x^t_i e_{P-1}(x^t without i), where the power sums of "x without i" are p_k - x_i^k.
 * Accepting a flip updates every tracked sum in O(terms). Nothing here allocates after construction.
 */
public final class SpinState {

    private final Couplings c;
    private final byte[] sigma;
    private final long[] p1;
    /** Tracked odd power sums k >= 3, [t * tracked + j] for power {@code c.trackedOddPowers[j]}. */
    private final double[] higherOdd;
    private final int tracked;
    /** Scratch for Newton's identities (power sums and elementary polynomials of one term). */
    private final double[] powerScratch;
    private final double[] elementaryScratch;

    private SpinState(Couplings couplings, byte[] sigma) {
        this.c = couplings;
        this.sigma = sigma;
        this.p1 = new long[couplings.terms];
        this.tracked = couplings.trackedOddPowers.length;
        this.higherOdd = new double[couplings.terms * tracked];
        this.powerScratch = new double[couplings.order + 1];
        this.elementaryScratch = new double[couplings.order + 1];
        recomputeSums();
    }

    /** A state holding a copy of {@code spins} (+-1 entries, length N). */
    public static SpinState of(Couplings couplings, byte[] spins) {
        if (spins.length != couplings.n) {
            throw new IllegalArgumentException("configuration has " + spins.length + " spins, network has N = " + couplings.n);
        }
        for (byte s : spins) {
            if (s != 1 && s != -1) {
                throw new IllegalArgumentException("spins must be +-1, found " + s);
            }
        }
        return new SpinState(couplings, spins.clone());
    }

    /** A state unpacked from a bit set written by {@link #packed()}. */
    public static SpinState ofPacked(Couplings couplings, long[] bits) {
        return new SpinState(couplings, PackedSpins.unpack(bits, couplings.n));
    }

    public Couplings couplings() {
        return c;
    }

    public int n() {
        return c.n;
    }

    /** Spin i, +1 or -1. */
    public int spin(int i) {
        return sigma[i];
    }

    /** A copy of the configuration. */
    public byte[] spins() {
        return sigma.clone();
    }

    /** The configuration as a bit set (bit i set when sigma_i = +1), what travels in messages. */
    public long[] packed() {
        return PackedSpins.pack(sigma);
    }

    /** Replaces the whole configuration (e.g. after a tempering swap) and rebuilds the sums. */
    public void load(long[] bits) {
        PackedSpins.unpackInto(bits, sigma);
        recomputeSums();
    }

    /** Replaces the configuration with {@code spins} and rebuilds the sums. */
    public void load(byte[] spins) {
        if (spins.length != sigma.length) {
            throw new IllegalArgumentException("configuration has " + spins.length + " spins, network has N = " + sigma.length);
        }
        System.arraycopy(spins, 0, sigma, 0, sigma.length);
        recomputeSums();
    }

    /**
     * A configuration with its tracked sums: what moves between temperature slots on a tempering
     * swap, so that the receiver continues in O(N + terms) instead of recomputing O(N * terms).
     */
    public record Snapshot(long[] spins, long[] firstPowerSums, double[] higherOddPowerSums) {
    }

    /** The configuration and its sums, as fresh arrays. */
    public Snapshot snapshot() {
        return new Snapshot(packed(), p1.clone(), higherOdd.clone());
    }

    /** Loads a snapshot taken from a state of the same couplings; its sums are trusted as they are. */
    public void restore(Snapshot snapshot) {
        if (snapshot.firstPowerSums().length != p1.length || snapshot.higherOddPowerSums().length != higherOdd.length) {
            throw new IllegalArgumentException("snapshot of " + snapshot.firstPowerSums().length
                    + " terms does not fit a network with " + p1.length + " terms");
        }
        PackedSpins.unpackInto(snapshot.spins(), sigma);
        System.arraycopy(snapshot.firstPowerSums(), 0, p1, 0, p1.length);
        System.arraycopy(snapshot.higherOddPowerSums(), 0, higherOdd, 0, higherOdd.length);
    }

    /** p_1 of term t: sum_j w^t_j sigma_j. */
    public long firstPowerSum(int t) {
        return p1[t];
    }

    // ---- energy ------------------------------------------------------------------------------

    /** H(sigma) from the tracked sums, O(terms * P). */
    public double energy() {
        double total = 0.0;
        for (int t = 0; t < c.terms; t++) {
            total += termValue(t);
        }
        return -c.prefactor * total;
    }

    private double termValue(int t) {
        if (!c.distinct) {
            return Math.pow(p1[t], c.order);
        }
        if (c.plusMinusOne) {
            return NewtonIdentities.evaluate(c.fullElementary, p1[t]);
        }
        double[] p = powerScratch;
        for (int k = 1; k <= c.order; k++) {
            p[k] = k % 2 == 0 ? c.evenPowerSums[t * (c.order + 1) + k] : oddSum(t, k);
        }
        return NewtonIdentities.elementary(p, c.order, elementaryScratch);
    }

    private double oddSum(int t, int k) {
        return k == 1 ? p1[t] : higherOdd[t * tracked + (k - 3) / 2];
    }

    /** The energy change of flipping spin i, O(terms). */
    public double deltaEnergy(int i) {
        if (!c.distinct) {
            return fullPowerDelta(i);
        }
        if (c.plusMinusOne) {
            return c.order == 2 ? plusMinusOnePairDelta(i) : plusMinusOneDelta(i);
        }
        return generalDelta(i);
    }

    /** P = 2, +-1 weights: dE = 2C (sigma_i sum_t w_t p1_t - terms), exact integer dot product. */
    private double plusMinusOnePairDelta(int i) {
        byte[] w = c.signs;
        int base = i * c.terms;
        long dot = 0;
        for (int t = 0; t < c.terms; t++) {
            dot += w[base + t] * p1[t];
        }
        return 2.0 * c.prefactor * (sigma[i] * dot - c.terms);
    }

    /** +-1 weights, P >= 3: e_{P-1} of the other N - 1 entries is a polynomial in their sum. */
    private double plusMinusOneDelta(int i) {
        byte[] w = c.signs;
        double[] poly = c.reducedElementary;
        int base = i * c.terms;
        int s = sigma[i];
        double acc = 0.0;
        for (int t = 0; t < c.terms; t++) {
            int x = w[base + t] * s;
            acc += x * NewtonIdentities.evaluate(poly, p1[t] - x);
        }
        return 2.0 * c.prefactor * acc;
    }

    /** Integer weights: Newton's identities on the power sums of the other N - 1 entries. */
    private double generalDelta(int i) {
        int[] w = c.weights;
        int base = i * c.terms;
        int s = sigma[i];
        int order = c.order;
        double[] p = powerScratch;
        double acc = 0.0;
        for (int t = 0; t < c.terms; t++) {
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
        int base = i * c.terms;
        int s = sigma[i];
        int order = c.order;
        double acc = 0.0;
        for (int t = 0; t < c.terms; t++) {
            double a = p1[t];
            double minusD = -2.0 * c.weight(i, t) * s;
            // Horner in (-d): sum_k binom(P,k) a^(P-k) (-d)^k = (-d) * sum_{k=1..P} binom(P,k) a^(P-k) (-d)^(k-1)
            double inner = 0.0;
            double binom = 1.0; // binom(P, P)
            double aPower = 1.0; // a^(P-k) for k = P
            double[] coefficients = powerScratch;
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

    // ---- updates -----------------------------------------------------------------------------

    /** Flips spin i and updates every tracked sum, O(terms). */
    public void flip(int i) {
        int base = i * c.terms;
        int s = sigma[i];
        if (c.plusMinusOne) {
            byte[] w = c.signs;
            for (int t = 0; t < c.terms; t++) {
                p1[t] -= 2 * w[base + t] * s;
            }
        } else {
            int[] w = c.weights;
            for (int t = 0; t < c.terms; t++) {
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

    // ---- consistency ---------------------------------------------------------------------------

    private void recomputeSums() {
        Arrays.fill(p1, 0L);
        Arrays.fill(higherOdd, 0.0);
        for (int i = 0; i < c.n; i++) {
            int s = sigma[i];
            for (int t = 0; t < c.terms; t++) {
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

    /**
     * Recomputes every sum from scratch and compares it with the incrementally kept one; throws
     * {@link IllegalStateException} naming the first term that drifted. O(N * terms).
     */
    public void checkConsistency() {
        long[] keptP1 = p1.clone();
        double[] keptOdd = higherOdd.clone();
        recomputeSums();
        for (int t = 0; t < c.terms; t++) {
            if (keptP1[t] != p1[t]) {
                throw new IllegalStateException("power sum p1 of term " + t + " drifted: kept " + keptP1[t] + ", recomputed " + p1[t]);
            }
        }
        for (int j = 0; j < keptOdd.length; j++) {
            double scale = Math.max(1.0, Math.abs(higherOdd[j]));
            if (Math.abs(keptOdd[j] - higherOdd[j]) > 1e-9 * scale) {
                throw new IllegalStateException("odd power sum " + j + " drifted: kept " + keptOdd[j] + ", recomputed " + higherOdd[j]);
            }
        }
    }
}
