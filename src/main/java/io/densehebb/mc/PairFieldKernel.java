package io.densehebb.mc;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * +-1 weights, P = 2, many terms (K &gt;= N): the local-field form of the pair interaction. With the
 * shared matrix J_ij = sum_t xi^t_i xi^t_j ({@link Couplings#pairMatrix}) every replica keeps the
 * fields h_i = sum_t xi^t_i p1_t = sum_j J_ij sigma_j, so an attempt is O(1):
 * S = alpha (sigma_i h_i - terms), exactly the S of {@link PairKernel} (d = h_i). An accepted flip
 * of spin j adds -2 sigma_j J_j. to h (O(N)) and -2 sigma_j xi_j to p1 (O(K), kept for the energy
 * and snapshots). Cheaper than one K-long dot product per attempt while the acceptance rate stays
 * below about K / (2.5 N): a chain starts on it for K &gt;= N (and N &lt;= {@link Couplings#FIELD_MAX_N})
 * and moves between it and the dot-product kernel as its measured rate asks
 * ({@link FlipKernels#forAcceptance}). Exact int arithmetic; the loops are plain int loops that the
 * JIT vectorises.
 */
class PairFieldKernel extends FlipKernel {

    final int[] field;
    final int[] p1;
    final int[] matrix;
    final int stride;
    private final int alpha;

    PairFieldKernel(Couplings couplings, byte[] sigma) {
        super(couplings, sigma);
        if (!supports(couplings)) {
            throw new IllegalArgumentException("the pair-field kernel needs +-1 weights, P = 2 and N <= " + Couplings.FIELD_MAX_N);
        }
        this.stride = couplings.stride;
        this.matrix = couplings.pairMatrix();
        this.field = new int[Couplings.roundUp(n, Couplings.ROW_ALIGNMENT)];
        this.p1 = new int[stride];
        this.alpha = couplings.distinct ? 1 : 4;
        recomputeSums();
    }

    static boolean supports(Couplings c) {
        return c.plusMinusOne && c.order == 2 && c.n <= Couplings.FIELD_MAX_N;
    }

    /** The automatic choice: worth its N x N matrix when there are at least as many terms as spins. */
    static boolean preferred(Couplings c) {
        return supports(c) && c.terms >= c.n;
    }

    @Override
    String name() {
        return "pair-field-scalar";
    }

    long exactS(int i) {
        return alpha * ((long) sigma[i] * field[i] - terms);
    }

    @Override
    double deltaEnergy(int i) {
        return c.deltaScale * (double) exactS(i);
    }

    @Override
    final void flip(int j) {
        int m = -2 * sigma[j];
        update(j, m);
        sigma[j] = (byte) -sigma[j];
    }

    /** h += m J_j. and p1 += m xi_j (m = -2 sigma_j); the vector kernel overrides this. */
    void update(int j, int m) {
        int[] h = field;
        int[] row = matrix;
        int base = j * n;
        for (int i = 0; i < n; i++) {
            h[i] += m * row[base + i];
        }
        byte[] w = c.signs;
        int[] p = p1;
        int wb = j * stride;
        for (int t = 0; t < terms; t++) {
            p[t] += m * w[wb + t];
        }
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
        refreshField();
    }

    /** h_i = sum_t xi^t_i p1_t. */
    private void refreshField() {
        byte[] w = c.signs;
        for (int i = 0; i < n; i++) {
            int base = i * stride;
            int h = 0;
            for (int t = 0; t < terms; t++) {
                h += w[base + t] * p1[t];
            }
            field[i] = h;
        }
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
        refreshField();
    }

    @Override
    void checkConsistency() {
        int[] keptP1 = p1.clone();
        int[] keptField = field.clone();
        recomputeSums();
        for (int t = 0; t < terms; t++) {
            if (keptP1[t] != p1[t]) {
                throw drift("power sum p1", t, keptP1[t], p1[t]);
            }
        }
        for (int i = 0; i < n; i++) {
            if (keptField[i] != field[i]) {
                throw drift("local field of spin", i, keptField[i], field[i]);
            }
        }
    }

    @Override
    long bytesPerReplica() {
        return 4L * (field.length + p1.length);
    }
}
