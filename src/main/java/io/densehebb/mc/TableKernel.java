package io.densehebb.mc;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * +-1 weights, P >= 3 (distinct) or full power P >= 3, scalar. With x_t = xi_t sigma_i = +-1 the
 * contribution phi(p1_t, x_t) of a term to S is linear in x_t, so
 *
 * <pre>  2 S = sigma_i sum_t xi_t A_t + B,   A_t = U(p1_t),   B = sum_t V(p1_t)</pre>
 *
 * with the exact integer tables U, V of {@link Couplings#tableU}. An attempt is one K-long integer dot
 * product; an accepted flip moves every p1_t by -2 x_t and refreshes A and B in O(K). The vector
 * version is {@code VectorTableKernel}; this one is its fallback (and the kernel wherever the vector
 * one's int lanes are too narrow).
 */
final class TableKernel extends FlipKernel {

    private final int[] p1;
    private final long[] a;
    private long b;
    private final int stride;

    TableKernel(Couplings couplings, byte[] sigma) {
        super(couplings, sigma);
        if (couplings.tableU == null) {
            throw new IllegalArgumentException("the table kernel needs +-1 weights with exact tables");
        }
        this.stride = couplings.stride;
        this.p1 = new int[terms];
        this.a = new long[terms];
        recomputeSums();
    }

    @Override
    String name() {
        return "table-scalar";
    }

    long exactS(int i) {
        byte[] w = c.signs;
        long[] aa = a;
        int base = i * stride;
        long d = 0;
        for (int t = 0; t < terms; t++) {
            d += w[base + t] * aa[t];
        }
        return (sigma[i] * d + b) / 2;
    }

    @Override
    double deltaEnergy(int i) {
        return c.deltaScale * (double) exactS(i);
    }

    @Override
    void flip(int i) {
        byte[] w = c.signs;
        long[] u = c.tableU;
        long[] v = c.tableV;
        int base = i * stride;
        int m = -2 * sigma[i];
        long bb = 0;
        for (int t = 0; t < terms; t++) {
            int p = p1[t] + m * w[base + t];
            p1[t] = p;
            int j = (p + n) >> 1;
            a[t] = u[j];
            bb += v[j];
        }
        b = bb;
        sigma[i] = (byte) -sigma[i];
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
    long firstPowerSum(int t) {
        return p1[t];
    }

    @Override
    void recomputeSums() {
        plusMinusOneFirstPowerSums(p1);
        refreshDerived();
    }

    private void refreshDerived() {
        long bb = 0;
        for (int t = 0; t < terms; t++) {
            int j = (p1[t] + n) >> 1;
            a[t] = c.tableU[j];
            bb += c.tableV[j];
        }
        b = bb;
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
        refreshDerived();
    }

    @Override
    void checkConsistency() {
        int[] keptP1 = p1.clone();
        long[] keptA = a.clone();
        long keptB = b;
        recomputeSums();
        for (int t = 0; t < terms; t++) {
            if (keptP1[t] != p1[t]) {
                throw drift("power sum p1", t, keptP1[t], p1[t]);
            }
            if (keptA[t] != a[t]) {
                throw drift("coefficient A", t, keptA[t], a[t]);
            }
        }
        if (keptB != b) {
            throw drift("constant B", -1, keptB, b);
        }
    }

    @Override
    long bytesPerReplica() {
        return 4L * p1.length + 8L * a.length + 8;
    }
}
