package io.densehebb.mc;

import java.util.Arrays;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Integer weights (supervised class sums) with a pair interaction, on the Vector API: what
 * {@link GeneralKernel} computes for P = 2, as one int dot product. With x_t = w_t sigma_i,
 * S = sum_t x_t (p1_t - x_t) = sigma_i D - Q_i, D = sum_t w_t p1_t and Q_i = sum_t w_t^2 (distinct);
 * the full power sum gives 4 (sigma_i D - Q_i). Every product fits an int when max|w|^2 N does
 * ({@link #supports}); the lanes sum as many products as cannot overflow and are added up in a long
 * after each block. An accepted flip updates p1 in one O(K) pass.
 */
final class VectorIntegerPairKernel extends FlipKernel {

    private static final VectorSpecies<Integer> I = VectorShapes.INTS;
    private static final int LANES = I.length();

    private final int[] p1;
    /** Where a block's lanes are stored to be summed in a long (see {@link VectorTableKernel}). */
    private final int[] lanes = new int[LANES];
    private final int stride;
    private final int padded;
    /** Terms per block: LANES times the products one int lane may sum. */
    private final int block;
    /** Every product of a row fits one int over all lanes: one block, reduced by the vector unit. */
    private final boolean wholeRow;
    private final long[] rowSquares;
    private final int alpha;

    VectorIntegerPairKernel(Couplings couplings, byte[] sigma) {
        super(couplings, sigma);
        if (!supports(couplings)) {
            throw new IllegalArgumentException("the vector integer pair kernel needs integer weights, P = 2 and "
                    + "max|w|^2 N below 2^31");
        }
        this.stride = couplings.stride;
        this.padded = Couplings.roundUp(Math.max(1, terms), LANES);
        this.p1 = new int[padded];
        long perProduct = Math.max(1L, maxProduct(couplings));
        int steps = (int) Math.min(Integer.MAX_VALUE / LANES / 2, Integer.MAX_VALUE / perProduct);
        this.block = Math.max(1, steps) * LANES;
        this.wholeRow = padded <= Integer.MAX_VALUE / perProduct;
        this.rowSquares = couplings.rowSquares;
        this.alpha = couplings.distinct ? 1 : 4;
        recomputeSums();
    }

    /** Largest |w_t p1_t| over all states: max|w| * (max|w| N). */
    private static long maxProduct(Couplings c) {
        return (long) c.maxWeight * c.maxWeight * c.n;
    }

    static boolean supports(Couplings c) {
        return !c.plusMinusOne && c.exact && c.order == 2 && c.rowSquares != null
                && maxProduct(c) <= Integer.MAX_VALUE
                && Couplings.roundUp(Math.max(1, c.terms), LANES) <= c.stride;
    }

    @Override
    String name() {
        return "pair-int-vector-" + VectorShapes.BITS;
    }

    /** D = sum_t w_t p1_t. */
    long dot(int i) {
        final int[] w = c.weights;
        final int[] p = p1;
        final int base = i * stride;
        final int end = padded;
        long d = 0;
        int t = 0;
        while (t < end) {
            int blockEnd = Math.min(end, t + block);
            IntVector sum = IntVector.zero(I);
            for (; t < blockEnd; t += LANES) {
                sum = sum.add(IntVector.fromArray(I, w, base + t).mul(IntVector.fromArray(I, p, t)));
            }
            if (wholeRow) {
                d += sum.reduceLanes(VectorOperators.ADD);
            } else {
                sum.intoArray(lanes, 0);
                for (int k = 0; k < LANES; k++) {
                    d += lanes[k];
                }
            }
        }
        return d;
    }

    long exactS(int i) {
        return alpha * (sigma[i] * dot(i) - rowSquares[i]);
    }

    @Override
    double deltaEnergy(int i) {
        return c.deltaScale * (double) exactS(i);
    }

    @Override
    void flip(int i) {
        final int[] w = c.weights;
        final int[] p = p1;
        final int base = i * stride;
        final int end = padded;
        final IntVector m = IntVector.broadcast(I, -2 * sigma[i]);
        for (int t = 0; t < end; t += LANES) {
            IntVector.fromArray(I, p, t).add(IntVector.fromArray(I, w, base + t).mul(m)).intoArray(p, t);
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
        Arrays.fill(p1, 0);
        int[] w = c.weights;
        for (int i = 0; i < n; i++) {
            int s = sigma[i];
            int base = i * stride;
            for (int t = 0; t < terms; t++) {
                p1[t] += w[base + t] * s;
            }
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
        Arrays.fill(p1, 0);
        long limit = (long) c.maxWeight * n;
        for (int t = 0; t < terms; t++) {
            if (Math.abs(p1In[t]) > limit) {
                throw new IllegalArgumentException("p1 of term " + t + " = " + p1In[t] + " is impossible with N = " + n
                        + " and max|w| = " + c.maxWeight);
            }
            p1[t] = (int) p1In[t];
        }
    }

    @Override
    void checkConsistency() {
        int[] kept = p1.clone();
        recomputeSums();
        for (int t = 0; t < padded; t++) {
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
