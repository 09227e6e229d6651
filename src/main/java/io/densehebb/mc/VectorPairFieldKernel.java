package io.densehebb.mc;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link PairFieldKernel} with the two O(N) and O(K) updates of an accepted flip on the Vector API
 * (int lanes; the field and p1 arrays are padded so that whole vectors cover them).
 */
final class VectorPairFieldKernel extends PairFieldKernel {

    private static final VectorSpecies<Integer> I = VectorShapes.INTS;
    private static final VectorSpecies<Byte> B = VectorShapes.BYTES_FOR_INTS;
    private static final int LANES = I.length();

    private final int fieldEnd;
    private final int termsEnd;

    VectorPairFieldKernel(Couplings couplings, byte[] sigma) {
        super(couplings, sigma);
        // the matrix rows are not padded: whole vectors up to n - n % LANES, a scalar tail after
        this.fieldEnd = n - n % LANES;
        this.termsEnd = Couplings.roundUp(Math.max(1, terms), LANES);
    }

    static boolean fits(Couplings c) {
        return PairFieldKernel.supports(c) && Couplings.roundUp(Math.max(1, c.terms), LANES) <= c.stride;
    }

    @Override
    String name() {
        return "pair-field-vector-" + VectorShapes.BITS;
    }

    @Override
    void update(int j, int m) {
        updateField(j, m);
        updateSums(j, m);
    }

    private void updateField(int j, int m) {
        final int[] h = field;
        final int[] row = matrix;
        final int base = j * n;
        final IntVector mv = IntVector.broadcast(I, m);
        final int end = fieldEnd;
        for (int i = 0; i < end; i += LANES) {
            IntVector.fromArray(I, h, i).add(IntVector.fromArray(I, row, base + i).mul(mv)).intoArray(h, i);
        }
        for (int i = end; i < n; i++) {
            h[i] += m * row[base + i];
        }
    }

    private void updateSums(int j, int m) {
        final byte[] w = c.signs;
        final int[] p = p1;
        final int wb = j * stride;
        final int end = termsEnd;
        final IntVector mv = IntVector.broadcast(I, m);
        for (int t = 0; t < end; t += LANES) {
            IntVector x = (IntVector) ByteVector.fromArray(B, w, wb + t).convertShape(VectorOperators.B2I, I, 0);
            IntVector.fromArray(I, p, t).add(x.mul(mv)).intoArray(p, t);
        }
    }
}
