package io.densehebb.mc;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Integer weights (supervised class sums, M &gt; 1), exact long arithmetic, no scratch arrays on the
 * common orders. Distinct indices: S = sum_t x_t e_{P-1}(others) by Newton's identities on the power
 * sums of the other N - 1 entries (p_k - x^k), unrolled for P = 2, 3, 4 and a loop above; full
 * power: S = sum_t [a^P - (a - 2x)^P]. Sums: p1 and the odd p_3, p_5, ... as longs.
 */
final class GeneralKernel extends FlipKernel {

    private final long[] p1;
    /** Odd power sums k = 3, 5, ..., [t * tracked + j] for power 2j + 3. */
    private final long[] odd;
    /** The even power sums q_k of term t, [t * (order + 1) + k] (constants). */
    private final long[] even;
    /** q_2 of each term, contiguous (P = 3, 4). */
    private final long[] q2;
    private final int tracked;
    private final int stride;
    private final int order;
    private final long[] powerScratch;
    private final long[] elementaryScratch;

    GeneralKernel(Couplings couplings, byte[] sigma) {
        super(couplings, sigma);
        if (couplings.plusMinusOne || !couplings.exact) {
            throw new IllegalArgumentException("the general kernel needs integer weights in the exact regime");
        }
        this.stride = couplings.stride;
        this.order = couplings.order;
        this.tracked = couplings.trackedOddPowers.length;
        this.p1 = new long[terms];
        this.odd = new long[terms * tracked];
        this.even = couplings.evenPowerSumsExact;
        this.q2 = new long[terms];
        if (even != null) {
            for (int t = 0; t < terms; t++) {
                q2[t] = even[t * (order + 1) + 2];
            }
        }
        this.powerScratch = new long[order + 1];
        this.elementaryScratch = new long[order + 1];
        recomputeSums();
    }

    @Override
    String name() {
        return "general-scalar";
    }

    long exactS(int i) {
        if (!c.distinct) {
            return fullPowerS(i);
        }
        switch (order) {
            case 2:
                return pairS(i);
            case 3:
                return cubicS(i);
            case 4:
                return quarticS(i);
            default:
                return newtonS(i);
        }
    }

    @Override
    double deltaEnergy(int i) {
        return c.deltaScale * (double) exactS(i);
    }

    /** P = 2: S = sum_t x (a - x). */
    private long pairS(int i) {
        int[] w = c.weights;
        int base = i * stride;
        long s = sigma[i];
        long acc = 0;
        for (int t = 0; t < terms; t++) {
            long x = w[base + t] * s;
            acc += x * (p1[t] - x);
        }
        return acc;
    }

    /** P = 3: S = sum_t x e_2, e_2 = (a'^2 - q')/2. */
    private long cubicS(int i) {
        int[] w = c.weights;
        int base = i * stride;
        long s = sigma[i];
        long acc = 0;
        for (int t = 0; t < terms; t++) {
            long x = w[base + t] * s;
            long a = p1[t] - x;
            long q = q2[t] - x * x;
            acc += x * ((a * a - q) / 2);
        }
        return acc;
    }

    /** P = 4: S = sum_t x e_3, e_2 = (a'^2 - q')/2, e_3 = (e_2 a' - a' q' + c')/3. */
    private long quarticS(int i) {
        int[] w = c.weights;
        int base = i * stride;
        long s = sigma[i];
        long acc = 0;
        for (int t = 0; t < terms; t++) {
            long x = w[base + t] * s;
            long x2 = x * x;
            long a = p1[t] - x;
            long q = q2[t] - x2;
            long cc = odd[t] - x2 * x;
            long e2 = (a * a - q) / 2;
            long e3 = (e2 * a - a * q + cc) / 3;
            acc += x * e3;
        }
        return acc;
    }

    private long newtonS(int i) {
        int[] w = c.weights;
        int base = i * stride;
        long s = sigma[i];
        long[] p = powerScratch;
        long[] e = elementaryScratch;
        long acc = 0;
        for (int t = 0; t < terms; t++) {
            long x = w[base + t] * s;
            long xk = x;
            for (int k = 1; k < order; k++) {
                long sum = k == 1 ? p1[t] : k % 2 == 0 ? even[t * (order + 1) + k] : odd[t * tracked + (k - 3) / 2];
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

    private long fullPowerS(int i) {
        int[] w = c.weights;
        int base = i * stride;
        long s = sigma[i];
        long acc = 0;
        for (int t = 0; t < terms; t++) {
            long a = p1[t];
            long b = a - 2 * w[base + t] * s;
            long ap = a;
            long bp = b;
            for (int k = 1; k < order; k++) {
                ap *= a;
                bp *= b;
            }
            acc += ap - bp;
        }
        return acc;
    }

    @Override
    boolean attempt(int i, Acceptance acceptance, UniformRandomProvider rng) {
        if (acceptance.acceptFast(c.deltaScale * (double) exactS(i), rng)) {
            flip(i);
            return true;
        }
        return false;
    }

    @Override
    int sweep(int[] order, Acceptance acceptance, UniformRandomProvider rng) {
        int accepted = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (acceptance.acceptFast(c.deltaScale * (double) exactS(i), rng)) {
                flip(i);
                accepted++;
            }
        }
        return accepted;
    }

    @Override
    void flip(int i) {
        int[] w = c.weights;
        int base = i * stride;
        long s = sigma[i];
        if (tracked == 1) {
            for (int t = 0; t < terms; t++) {
                long x = w[base + t] * s;
                p1[t] -= 2 * x;
                odd[t] -= 2 * x * x * x;
            }
        } else {
            for (int t = 0; t < terms; t++) {
                long x = w[base + t] * s;
                p1[t] -= 2 * x;
                long x2 = x * x;
                long xk = x;
                for (int j = 0; j < tracked; j++) {
                    xk *= x2;
                    odd[t * tracked + j] -= 2 * xk;
                }
            }
        }
        sigma[i] = (byte) -sigma[i];
    }

    @Override
    long firstPowerSum(int t) {
        return p1[t];
    }

    @Override
    double higherOddSum(int t, int j) {
        return odd[t * tracked + j];
    }

    @Override
    void recomputeSums() {
        Arrays.fill(p1, 0);
        Arrays.fill(odd, 0);
        int[] w = c.weights;
        for (int i = 0; i < n; i++) {
            long s = sigma[i];
            int base = i * stride;
            for (int t = 0; t < terms; t++) {
                long x = w[base + t] * s;
                p1[t] += x;
                long xk = x;
                for (int j = 0; j < tracked; j++) {
                    xk *= x * x;
                    odd[t * tracked + j] += xk;
                }
            }
        }
    }

    @Override
    void exportSums(long[] p1Out, double[] higherOddOut) {
        System.arraycopy(p1, 0, p1Out, 0, terms);
        for (int j = 0; j < odd.length; j++) {
            higherOddOut[j] = odd[j];
        }
    }

    @Override
    void importSums(long[] p1In, double[] higherOddIn) {
        System.arraycopy(p1In, 0, p1, 0, terms);
        for (int j = 0; j < odd.length; j++) {
            odd[j] = (long) higherOddIn[j];
        }
    }

    @Override
    void checkConsistency() {
        long[] keptP1 = p1.clone();
        long[] keptOdd = odd.clone();
        recomputeSums();
        for (int t = 0; t < terms; t++) {
            if (keptP1[t] != p1[t]) {
                throw drift("power sum p1", t, keptP1[t], p1[t]);
            }
        }
        for (int j = 0; j < odd.length; j++) {
            if (keptOdd[j] != odd[j]) {
                throw drift("odd power sum", j, keptOdd[j], odd[j]);
            }
        }
    }

    @Override
    long bytesPerReplica() {
        return 8L * (p1.length + odd.length + q2.length);
    }
}
