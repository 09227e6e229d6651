package io.densehebb.mc;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * +-1 weights with a pair interaction (P = 2, distinct or full power), scalar: the whole energy
 * change is one integer dot product d = sum_t xi_t p1_t of row i with the p1 sums,
 * S = alpha (sigma_i d - terms) with alpha = 1 (distinct, dE = 2C S) or 4 (full power, dE = C S).
 * Exact int arithmetic throughout (|d| &lt;= K N &lt; 2^31 by the size limits of a network), acceptance
 * from a table over S. The vector version is {@code VectorPairKernel}; this one is its fallback.
 */
final class PairKernel extends FlipKernel {

    /** p1 per term, padded to the row stride with zeros (padding weights are 0, so it stays 0). */
    final int[] p1;
    final int stride;
    final int alpha;

    PairKernel(Couplings couplings, byte[] sigma) {
        super(couplings, sigma);
        if (!couplings.plusMinusOne || couplings.order != 2) {
            throw new IllegalArgumentException("the pair kernel needs +-1 weights and P = 2");
        }
        this.stride = couplings.stride;
        this.p1 = new int[stride];
        this.alpha = couplings.distinct ? 1 : 4;
        recomputeSums();
    }

    @Override
    String name() {
        return "pair-scalar";
    }

    int dot(int i) {
        byte[] w = c.signs;
        int[] p = p1;
        int base = i * stride;
        int d = 0;
        for (int t = 0; t < terms; t++) {
            d += w[base + t] * p[t];
        }
        return d;
    }

    long exactS(int i) {
        return alpha * ((long) sigma[i] * dot(i) - terms);
    }

    @Override
    double deltaEnergy(int i) {
        return c.deltaScale * (double) exactS(i);
    }

    @Override
    void flip(int i) {
        byte[] w = c.signs;
        int[] p = p1;
        int base = i * stride;
        int m = -2 * sigma[i];
        for (int t = 0; t < terms; t++) {
            p[t] += m * w[base + t];
        }
        sigma[i] = (byte) -sigma[i];
    }

    @Override
    Acceptance acceptance(UpdateRule rule, double beta) {
        return Acceptance.withTable(rule, beta, c.deltaScale);
    }

    @Override
    boolean attempt(int i, Acceptance acceptance, UniformRandomProvider rng) {
        if (acceptance.acceptExact(exactS(i), rng)) {
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
            if (acceptance.acceptExact(exactS(i), rng)) {
                flip(i);
                accepted++;
            }
        }
        return accepted;
    }

    @Override
    long firstPowerSum(int t) {
        return p1[t];
    }

    @Override
    void recomputeSums() {
        plusMinusOneFirstPowerSums(p1);
    }

    @Override
    void exportSums(long[] p1Out, double[] higherOddOut) {
        for (int t = 0; t < terms; t++) {
            p1Out[t] = p1[t];
        }
    }

    @Override
    void importSums(long[] p1In, double[] higherOddIn) {
        for (int t = 0; t < terms; t++) {
            p1[t] = importedPlusMinusOneSum(p1In, t);
        }
    }

    @Override
    void checkConsistency() {
        int[] kept = p1.clone();
        recomputeSums();
        for (int t = 0; t < stride; t++) {
            if (kept[t] != p1[t]) {
                throw drift("power sum p1", t, kept[t], p1[t]);
            }
        }
    }

    @Override
    long bytesPerReplica() {
        return 4L * p1.length;
    }
}
