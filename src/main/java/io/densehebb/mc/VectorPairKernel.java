package io.densehebb.mc;

import java.util.Arrays;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * {@link PairKernel} on the Vector API: p1 as int16 lanes (|p1| &lt;= N &lt;= 32767), row i of the
 * +-1 patterns widened from bytes, products accumulated in int16 lanes for as many steps as cannot
 * overflow (steps * N &lt;= 32767) and then widened into int32 lanes. Exact integer arithmetic
 * throughout, the same S as the scalar kernel. Loaded only when jdk.incubator.vector is present.
 */
final class VectorPairKernel extends FlipKernel {

    private static final VectorSpecies<Short> S = VectorShapes.SHORTS;
    private static final VectorSpecies<Byte> B = VectorShapes.BYTES_FOR_SHORTS;
    private static final VectorSpecies<Integer> I = VectorShapes.INTS;
    private static final int LANES = S.length();

    /** p1 per term, padded with zeros to {@link #padded} (padding weights are 0, so it stays 0). */
    private final short[] p1;
    private final int stride;
    /** terms rounded up to a whole number of short lanes. */
    private final int padded;
    /** Terms per int16 accumulation block: (32767 / N) steps of LANES terms. */
    private final int blockTerms;
    private final int alpha;

    VectorPairKernel(Couplings couplings, byte[] sigma) {
        super(couplings, sigma);
        if (!supports(couplings)) {
            throw new IllegalArgumentException("the vector pair kernel needs +-1 weights, P = 2 and N <= 32767");
        }
        this.stride = couplings.stride;
        this.padded = Couplings.roundUp(Math.max(1, terms), LANES);
        this.p1 = new short[padded];
        this.blockTerms = Math.max(1, Short.MAX_VALUE / n) * LANES;
        this.alpha = couplings.distinct ? 1 : 4;
        recomputeSums();
    }

    static boolean supports(Couplings c) {
        return c.plusMinusOne && c.order == 2 && c.n <= Short.MAX_VALUE
                && Couplings.roundUp(Math.max(1, c.terms), LANES) <= c.stride;
    }

    @Override
    String name() {
        return "pair-vector-" + VectorShapes.BITS;
    }

    /** d = sum_t xi_t p1_t. */
    int dot(int i) {
        final byte[] w = c.signs;
        final short[] p = p1;
        final int base = i * stride;
        final int end = padded;
        IntVector acc = IntVector.zero(I);
        int t = 0;
        while (t < end) {
            int blockEnd = Math.min(end, t + blockTerms);
            ShortVector sum = ShortVector.zero(S);
            for (; t < blockEnd; t += LANES) {
                ShortVector x = (ShortVector) ByteVector.fromArray(B, w, base + t).convertShape(VectorOperators.B2S, S, 0);
                sum = sum.add(x.mul(ShortVector.fromArray(S, p, t)));
            }
            acc = acc.add((IntVector) sum.convertShape(VectorOperators.S2I, I, 0))
                    .add((IntVector) sum.convertShape(VectorOperators.S2I, I, 1));
        }
        return acc.reduceLanes(VectorOperators.ADD);
    }

    /**
     * Row i streamed once for two replicas: returns d_0 and d_1 = sum_t xi_t p1^r_t packed in a long
     * (low and high 32 bits). Two at a time keeps the compiled loop small enough for every vector
     * operation to be intrinsified (four at a time fell back to boxed vectors on JDK 17).
     */
    private static long dot2(VectorPairKernel k0, VectorPairKernel k1, int i) {
        final byte[] w = k0.c.signs;
        final short[] p0 = k0.p1;
        final short[] p1 = k1.p1;
        final int base = i * k0.stride;
        final int end = k0.padded;
        IntVector acc0 = IntVector.zero(I);
        IntVector acc1 = IntVector.zero(I);
        int t = 0;
        while (t < end) {
            int blockEnd = Math.min(end, t + k0.blockTerms);
            ShortVector s0 = ShortVector.zero(S);
            ShortVector s1 = ShortVector.zero(S);
            for (; t < blockEnd; t += LANES) {
                ShortVector x = (ShortVector) ByteVector.fromArray(B, w, base + t).convertShape(VectorOperators.B2S, S, 0);
                s0 = s0.add(x.mul(ShortVector.fromArray(S, p0, t)));
                s1 = s1.add(x.mul(ShortVector.fromArray(S, p1, t)));
            }
            acc0 = acc0.add((IntVector) s0.convertShape(VectorOperators.S2I, I, 0)).add((IntVector) s0.convertShape(VectorOperators.S2I, I, 1));
            acc1 = acc1.add((IntVector) s1.convertShape(VectorOperators.S2I, I, 0)).add((IntVector) s1.convertShape(VectorOperators.S2I, I, 1));
        }
        return (acc0.reduceLanes(VectorOperators.ADD) & 0xFFFFFFFFL) | ((long) acc1.reduceLanes(VectorOperators.ADD) << 32);
    }

    @Override
    void attemptBlock(FlipKernel[] block, int i, Acceptance[] acceptances, UniformRandomProvider[] rngs, int[] accepted) {
        int r = 0;
        for (; r + 2 <= block.length; r += 2) {
            VectorPairKernel k0 = (VectorPairKernel) block[r];
            VectorPairKernel k1 = (VectorPairKernel) block[r + 1];
            long d = dot2(k0, k1, i);
            if (acceptances[r].acceptExact(k0.alpha * ((long) k0.sigma[i] * (int) d - k0.terms), rngs[r])) {
                k0.flip(i);
                accepted[r]++;
            }
            if (acceptances[r + 1].acceptExact(k1.alpha * ((long) k1.sigma[i] * (int) (d >> 32) - k1.terms), rngs[r + 1])) {
                k1.flip(i);
                accepted[r + 1]++;
            }
        }
        if (r < block.length && block[r].attempt(i, acceptances[r], rngs[r])) {
            accepted[r]++;
        }
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
        final byte[] w = c.signs;
        final short[] p = p1;
        final int base = i * stride;
        final int end = padded;
        ShortVector m = ShortVector.broadcast(S, (short) (-2 * sigma[i]));
        for (int t = 0; t < end; t += LANES) {
            ShortVector x = (ShortVector) ByteVector.fromArray(B, w, base + t).convertShape(VectorOperators.B2S, S, 0);
            ShortVector.fromArray(S, p, t).add(x.mul(m)).intoArray(p, t);
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
        int[] sums = new int[terms];
        plusMinusOneFirstPowerSums(sums);
        Arrays.fill(p1, (short) 0);
        for (int t = 0; t < terms; t++) {
            p1[t] = (short) sums[t];
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
        Arrays.fill(p1, (short) 0);
        for (int t = 0; t < terms; t++) {
            p1[t] = (short) importedPlusMinusOneSum(p1In, t);
        }
    }

    @Override
    void checkConsistency() {
        short[] kept = p1.clone();
        recomputeSums();
        for (int t = 0; t < padded; t++) {
            if (kept[t] != p1[t]) {
                throw drift("power sum p1", t, kept[t], p1[t]);
            }
        }
    }

    @Override
    long bytesPerReplica() {
        return 2L * p1.length;
    }
}
