package io.densehebb.mc;

import java.math.BigInteger;
import java.util.Arrays;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * {@link TableKernel} on the Vector API, in int32 lanes. Instead of the tables U, V it keeps
 * A_t = PU(p1_t) and B = sum_t PV(p1_t) with PU, PV the integer polynomials of
 * {@link Couplings#polyU} (U = (g/m) PU, V = (g/m) PV), evaluated in the lanes by Horner's rule in
 * wrapping int arithmetic, which is exact because every value of PU, PV fits an int (checked over
 * all reachable p1 when the kernel is chosen). Then 2 m S = g (sigma_i sum_t xi_t A_t + B).
 * Products are summed in int lanes over blocks short enough that no lane overflows. When the whole
 * row's products fit one int the lanes are reduced by the vector unit; otherwise each block's lanes
 * are stored to a small int array and summed in a long. How long a block may be is decided at each
 * pass from a bound on the current max |p1| (see {@link #blockTerms}). The lanes are never widened
 * with vector conversions, and rare work (rescans) is plain Java: on JDK 17 a Vector API call on a
 * path that is rarely taken is compiled without a type profile, as a virtual call that allocates.
 * An attempt is one K-long int dot product; an accepted flip updates p1, A and B in one O(K) pass.
 */
final class VectorTableKernel extends FlipKernel {

    private static final VectorSpecies<Integer> I = VectorShapes.INTS;
    private static final VectorSpecies<Byte> B = VectorShapes.BYTES_FOR_INTS;
    private static final int LANES = I.length();
    /** Coefficients per polynomial in a^2 this kernel evaluates (enough for P <= 8). */
    private static final int MAX_COEFFICIENTS = 4;
    /**
     * Split A into 16-bit halves when a block would be shorter than this many vectors: below it the
     * reduction after each block costs more than the split's three extra operations per vector.
     */
    static final int SPLIT_BELOW = 16;
    /** Values per lane and block with split products: |hi| &lt;= 2^15 and lo &lt; 2^16, so 32767 of either fit an int. */
    private static final int SPLIT_STEPS = 32767;
    /** Flips between two rescans of max |p1| (a rescan costs a fraction of one pass). */
    private static final int RESCAN_GAP = 16;

    private final int[] p1;
    /** Where a block's int lanes are stored to be summed in a long. */
    private final int[] lanes = new int[LANES];
    /** A_t = PU(p1_t) (every value fits an int). */
    private final int[] a;
    /**
     * The worst case of |A| over all states (|p1| = N) lets only a few products into an int
     * accumulator at P = 4, but typical states have max |p1| far below N. So the kernel keeps
     * {@link #maxAbsP1} &gt;= max_t |p1_t| (exact after a rescan, + 2 per flip since) and, from the
     * shared table {@link Couplings#polyUSteps}, sums as many products per int block as that bound
     * allows. Where it allows fewer than {@link #SPLIT_BELOW} vectors the dot product splits each product
     * xi_t A_t = hi * 2^16 + lo (lo in [0, 2^16)) and sums both halves in int lanes, which is
     * cheaper than widening into long lanes every few steps.
     */
    private final int[] stepsWithin;
    private int maxAbsP1;
    /** P = 4: sum_t p1_t^2 after the last update. */
    private long squaresOfP1;
    private int flipsSinceRescan;
    private long b;
    private final int stride;
    private final int padded;
    /** Terms per int accumulation block of B. */
    private final int blockV;
    /** PU(a) = a^oddU * (u0 + u1 a^2 + u2 a^4 + u3 a^6), coefficients mod 2^32; likewise PV. */
    private final int u0;
    private final int u1;
    private final int u2;
    private final int u3;
    private final int v0;
    private final int v1;
    private final int v2;
    private final int v3;
    /** PU odd (and PV even): P even; otherwise P odd. */
    private final boolean oddU;
    /** True when both polynomials have at most two coefficients in a^2 (P <= 4): a shorter Horner. */
    private final boolean short2;
    /**
     * P = 4 (PU = a^3 + u0 a, PV = v0 + v1 a^2, which is what both interactions give after the common
     * factor is taken out): A = a (a^2 + u0) and B = terms v0 + v1 sum_t p1_t^2, so the update only
     * sums squares (exact long coefficients below; terms per int block in blockSquares).
     */
    private final boolean squares;
    private final long v0Exact;
    private final long v1Exact;
    private final int blockSquares;
    /** B of the padding lanes (p1 = 0): (padded - terms) PV(0). */
    private final long paddingB;
    /**
     * S = ((sigma D + B) / divisor) * multiplier, exactly: divisor = 2^shift * odd, and since the
     * division is exact it is an arithmetic shift followed by a (wrapping) multiplication by the
     * inverse of odd modulo 2^64, folded into {@link #factor}.
     */
    private final int shift;
    private final long factor;

    VectorTableKernel(Couplings couplings, byte[] sigma) {
        super(couplings, sigma);
        if (!supports(couplings)) {
            throw new IllegalArgumentException("the vector table kernel does not fit these couplings");
        }
        this.stride = couplings.stride;
        this.padded = Couplings.roundUp(Math.max(1, terms), LANES);
        this.p1 = new int[padded];
        this.a = new int[padded];
        this.stepsWithin = couplings.polyUSteps();
        this.blockV = blockOf((int) (Integer.MAX_VALUE / Math.max(1, couplings.maxAbsPolyV)));
        int[] cu = inSquares(couplings.polyU);
        int[] cv = inSquares(couplings.polyV);
        this.oddU = isOdd(couplings.polyU);
        u0 = cu[0];
        u1 = cu[1];
        u2 = cu[2];
        u3 = cu[3];
        v0 = cv[0];
        v1 = cv[1];
        v2 = cv[2];
        v3 = cv[3];
        this.short2 = cu[2] == 0 && cu[3] == 0 && cv[2] == 0 && cv[3] == 0;
        this.paddingB = (long) (padded - terms) * Couplings.evaluate(couplings.polyV, 0).longValueExact();
        this.squares = short2 && oddU && degree(couplings.polyV) <= 2 && cu[1] == 1;
        this.v0Exact = squares ? couplings.polyV[0].longValueExact() : 0;
        this.v1Exact = squares && couplings.polyV.length > 2 ? couplings.polyV[2].longValueExact() : 0;
        this.blockSquares = squares ? blockOf(Integer.MAX_VALUE / Math.max(1, n * n)) : 0;
        long twoM = 2 * couplings.polyDenominator;
        long h = BigInteger.valueOf(couplings.polyNumerator).gcd(BigInteger.valueOf(twoM)).longValueExact();
        long divisor = twoM / h;
        this.shift = Long.numberOfTrailingZeros(divisor);
        this.factor = inverseModulo64(divisor >> shift) * (couplings.polyNumerator / h);
        recomputeSums();
    }

    static boolean supports(Couplings c) {
        if (c.polyU == null || !c.plusMinusOne || !c.exact) {
            return false;
        }
        if (c.maxAbsPolyU > Integer.MAX_VALUE || c.maxAbsPolyV > Integer.MAX_VALUE) {
            return false;
        }
        // U and V have opposite definite parities (U odd for even P); the loops rely on it
        int pu = parity(c.polyU);
        int pv = parity(c.polyV);
        if (pu < 0 || pv < 0 || pu == pv) {
            return false;
        }
        if (c.polyU.length > 2 * MAX_COEFFICIENTS || c.polyV.length > 2 * MAX_COEFFICIENTS) {
            return false;
        }
        // the long sums sigma D + B must not overflow
        double bound = (double) Math.max(1, c.terms + LANES) * (c.maxAbsPolyU + (double) c.maxAbsPolyV);
        return bound < Couplings.EXACT_LIMIT && Couplings.roundUp(Math.max(1, c.terms), LANES) <= c.stride;
    }

    private static int degree(BigInteger[] p) {
        int d = p.length - 1;
        while (d > 0 && p[d].signum() == 0) {
            d--;
        }
        return d;
    }

    /** 0: even, 1: odd, -1: neither. */
    private static int parity(BigInteger[] p) {
        boolean even = true;
        boolean odd = true;
        for (int d = 0; d < p.length; d++) {
            if (p[d].signum() != 0) {
                if (d % 2 == 0) {
                    odd = false;
                } else {
                    even = false;
                }
            }
        }
        return even ? 0 : odd ? 1 : -1;
    }

    private static boolean isOdd(BigInteger[] p) {
        return parity(p) == 1;
    }

    /** The coefficients of p / a^parity in powers of a^2, reduced mod 2^32. */
    private static int[] inSquares(BigInteger[] p) {
        int start = parity(p) == 1 ? 1 : 0;
        int[] out = new int[MAX_COEFFICIENTS];
        for (int d = start, j = 0; d < p.length; d += 2, j++) {
            out[j] = p[d].intValue();
        }
        return out;
    }

    @Override
    String name() {
        return "table-vector-" + VectorShapes.BITS;
    }

    /**
     * Terms per int block: LANES times how many products xi_t A_t one int lane may sum without
     * overflow while every |p1_t| &lt;= maxAbsP1 + slack (slack 2: the values after one more flip). When
     * the bound does not let one block cover every term and has drifted since the last rescan, rescans
     * p1 for the exact max first.
     */
    private int blockTerms(int slack) {
        int s = stepsWithin[Math.min(n, maxAbsP1 + slack)];
        if (s < padded / LANES && flipsSinceRescan >= RESCAN_GAP) {
            rescanMaxAbsP1();
            s = stepsWithin[Math.min(n, maxAbsP1 + slack)];
        }
        return blockOf(s);
    }

    /**
     * True when the products of a whole row, over all lanes, fit one int (the usual case away from
     * retrieval): then one block covers the row and its lanes are reduced by the vector unit, which is
     * cheaper than going through {@link #lanes}.
     */
    private boolean rowFitsAnInt(int slack) {
        return padded <= stepsWithin[Math.min(n, maxAbsP1 + slack)];
    }

    /** Terms per block when each lane may sum {@code steps} values (at least one vector, at most int range). */
    private static int blockOf(int steps) {
        return Math.max(1, Math.min(Integer.MAX_VALUE / LANES / 2, steps)) * LANES;
    }

    /** The exact sum of a block's lanes, stored in {@link #lanes} (each fits an int, their sum may not). */
    private long sumOfLanes() {
        final int[] v = lanes;
        long total = 0;
        for (int k = 0; k < LANES; k++) {
            total += v[k];
        }
        return total;
    }

    /**
     * A plain loop on purpose: rescans are rare, and on JDK 17 a Vector API call that only a rare path
     * makes is compiled without a type profile, as a virtual call that allocates its vectors.
     */
    private void rescanMaxAbsP1() {
        final int[] p = p1;
        int max = 0;
        for (int t = 0; t < padded; t++) {
            max = Math.max(max, Math.abs(p[t])); // |p1| <= N: no overflow
        }
        maxAbsP1 = max;
        flipsSinceRescan = 0;
    }

    /**
     * Every p1_t moved by 2 at most. P = 4 also has max |p1_t| &lt;= sqrt(sum_t p1_t^2) from the update
     * for free; away from retrieval that stays far below where the drift alone would go.
     */
    private void flipped() {
        maxAbsP1 = Math.min(n, maxAbsP1 + 2);
        if (squares) {
            maxAbsP1 = (int) Math.min(maxAbsP1, (long) Math.sqrt((double) squaresOfP1) + 1);
        }
        if (flipsSinceRescan < RESCAN_GAP) {
            flipsSinceRescan++;
        }
    }

    /** D = sum_t xi_t A_t. */
    long dot(int i) {
        int block = blockTerms(0);
        return block >= Math.min(padded, SPLIT_BELOW * LANES) ? dotSingle(i, block, rowFitsAnInt(0)) : dotSplit(i);
    }

    private long dotSingle(int i, int block, boolean wholeRow) {
        final byte[] w = c.signs;
        final int[] aa = a;
        final int base = i * stride;
        final int end = padded;
        long d = 0;
        int t = 0;
        while (t < end) {
            int blockEnd = Math.min(end, t + block);
            IntVector sum = IntVector.zero(I);
            for (; t < blockEnd; t += LANES) {
                IntVector x = (IntVector) ByteVector.fromArray(B, w, base + t).convertShape(VectorOperators.B2I, I, 0);
                sum = sum.add(x.mul(IntVector.fromArray(I, aa, t)));
            }
            if (wholeRow) {
                d += sum.reduceLanes(VectorOperators.ADD);
            } else {
                sum.intoArray(lanes, 0);
                d += sumOfLanes();
            }
        }
        return d;
    }

    private long dotSplit(int i) {
        final byte[] w = c.signs;
        final int[] aa = a;
        final int base = i * stride;
        final int end = padded;
        long d = 0;
        int t = 0;
        while (t < end) {
            int blockEnd = Math.min(end, t + SPLIT_STEPS * LANES);
            IntVector sumHi = IntVector.zero(I);
            IntVector sumLo = IntVector.zero(I);
            for (; t < blockEnd; t += LANES) {
                IntVector x = (IntVector) ByteVector.fromArray(B, w, base + t).convertShape(VectorOperators.B2I, I, 0);
                IntVector product = x.mul(IntVector.fromArray(I, aa, t)); // exact: |A| < 2^31, x = -1, 0, 1
                sumHi = sumHi.add(product.lanewise(VectorOperators.ASHR, 16));
                sumLo = sumLo.add(product.and(0xFFFF));
            }
            sumHi.intoArray(lanes, 0);
            d += sumOfLanes() << 16;
            sumLo.intoArray(lanes, 0);
            d += sumOfLanes();
        }
        return d;
    }

    long exactS(int i) {
        return ((sigma[i] * dot(i) + b) >> shift) * factor;
    }

    /** x^-1 mod 2^64 for odd x (Newton's iteration, each step doubles the correct bits). */
    static long inverseModulo64(long odd) {
        long inv = odd; // correct to 3 bits: odd * odd = 1 mod 8
        for (int k = 0; k < 5; k++) {
            inv *= 2 - odd * inv;
        }
        return inv;
    }

    @Override
    double deltaEnergy(int i) {
        return c.deltaScale * (double) exactS(i);
    }

    @Override
    void flip(int i) {
        // P even: U odd, V even; P odd: U even, V odd (both interactions); one loop per case
        if (squares) {
            flipSquaresUnit(i);
        } else if (short2) {
            if (oddU) {
                flipShortEvenP(i);
            } else {
                flipShortOddP(i);
            }
        } else if (oddU) {
            flipLongEvenP(i);
        } else {
            flipLongOddP(i);
        }
        sigma[i] = (byte) -sigma[i];
        flipped();
    }

    // p1 -= 2 sigma_i xi, A = PU(p1), B = sum PV(p1): "Short" for at most two coefficients in a^2 (P <= 4)

    /** P = 4: A = a (a^2 + u0), B = terms v0 + v1 sum a^2. */
    private void flipSquaresUnit(int i) {
        final byte[] w = c.signs;
        final int[] p = p1;
        final int[] aa = a;
        final int base = i * stride;
        final int end = padded;
        final IntVector m = IntVector.broadcast(I, -2 * sigma[i]);
        final IntVector cu0 = IntVector.broadcast(I, u0);
        long squares = 0;
        int t = 0;
        while (t < end) {
            int blockEnd = Math.min(end, t + blockSquares);
            IntVector sum = IntVector.zero(I);
            for (; t < blockEnd; t += LANES) {
                IntVector x = (IntVector) ByteVector.fromArray(B, w, base + t).convertShape(VectorOperators.B2I, I, 0);
                IntVector q = IntVector.fromArray(I, p, t).add(x.mul(m));
                q.intoArray(p, t);
                IntVector q2 = q.mul(q);
                IntVector u = q2.add(cu0).mul(q);
                u.intoArray(aa, t);
                sum = sum.add(q2);
            }
            sum.intoArray(lanes, 0);
            squares += sumOfLanes();
        }
        squaresOfP1 = squares;
        b = terms * v0Exact + v1Exact * squares;
    }

    /**
     * {@link #flipSquaresUnit} fused with the dot product of the next site's row against the new A:
     * when flips are accepted often, A is used while still in registers. Returns D(next).
     */
    private long flipSquaresAndDot(int i, int next) {
        int block = Math.min(blockSquares, blockTerms(2));
        long d;
        if (block >= Math.min(padded, SPLIT_BELOW * LANES)) {
            int bound = Math.min(n, maxAbsP1 + 2);
            boolean wholeRow = rowFitsAnInt(2) && (long) padded * bound * bound <= Integer.MAX_VALUE;
            d = flipSquaresAndDotSingle(i, next, block, wholeRow);
        } else {
            d = flipSquaresAndDotSplit(i, next);
        }
        sigma[i] = (byte) -sigma[i];
        flipped();
        return d;
    }

    /**
     * The products of the new A summed in int blocks of {@code block} terms (exact: see
     * {@link #blockTerms}); {@code wholeRow}: the products and the squares of the whole row each fit one
     * int over all lanes.
     */
    private long flipSquaresAndDotSingle(int i, int next, int block, boolean wholeRow) {
        final byte[] w = c.signs;
        final int[] p = p1;
        final int[] aa = a;
        final int base = i * stride;
        final int nextBase = next * stride;
        final int end = padded;
        final IntVector m = IntVector.broadcast(I, -2 * sigma[i]);
        final IntVector cu0 = IntVector.broadcast(I, u0);
        long squares = 0;
        long d = 0;
        int t = 0;
        while (t < end) {
            int blockEnd = Math.min(end, t + block);
            IntVector sum = IntVector.zero(I);
            IntVector sumD = IntVector.zero(I);
            for (; t < blockEnd; t += LANES) {
                IntVector x = (IntVector) ByteVector.fromArray(B, w, base + t).convertShape(VectorOperators.B2I, I, 0);
                IntVector q = IntVector.fromArray(I, p, t).add(x.mul(m));
                q.intoArray(p, t);
                IntVector q2 = q.mul(q);
                IntVector u = q2.add(cu0).mul(q);
                u.intoArray(aa, t);
                sum = sum.add(q2);
                IntVector y = (IntVector) ByteVector.fromArray(B, w, nextBase + t).convertShape(VectorOperators.B2I, I, 0);
                sumD = sumD.add(y.mul(u));
            }
            if (wholeRow) {
                squares += sum.reduceLanes(VectorOperators.ADD);
                d += sumD.reduceLanes(VectorOperators.ADD);
            } else {
                sum.intoArray(lanes, 0);
                squares += sumOfLanes();
                sumD.intoArray(lanes, 0);
                d += sumOfLanes();
            }
        }
        squaresOfP1 = squares;
        b = terms * v0Exact + v1Exact * squares;
        return d;
    }

    /** The products of the new A split into 16-bit halves (any |A| below 2^31). */
    private long flipSquaresAndDotSplit(int i, int next) {
        final byte[] w = c.signs;
        final int[] p = p1;
        final int[] aa = a;
        final int base = i * stride;
        final int nextBase = next * stride;
        final int end = padded;
        final IntVector m = IntVector.broadcast(I, -2 * sigma[i]);
        final IntVector cu0 = IntVector.broadcast(I, u0);
        final int block = Math.min(blockSquares, SPLIT_STEPS * LANES);
        long squares = 0;
        long d = 0;
        int t = 0;
        while (t < end) {
            int blockEnd = Math.min(end, t + block);
            IntVector sum = IntVector.zero(I);
            IntVector sumHi = IntVector.zero(I);
            IntVector sumLo = IntVector.zero(I);
            for (; t < blockEnd; t += LANES) {
                IntVector x = (IntVector) ByteVector.fromArray(B, w, base + t).convertShape(VectorOperators.B2I, I, 0);
                IntVector q = IntVector.fromArray(I, p, t).add(x.mul(m));
                q.intoArray(p, t);
                IntVector q2 = q.mul(q);
                IntVector u = q2.add(cu0).mul(q);
                u.intoArray(aa, t);
                sum = sum.add(q2);
                IntVector y = (IntVector) ByteVector.fromArray(B, w, nextBase + t).convertShape(VectorOperators.B2I, I, 0);
                IntVector product = y.mul(u); // exact: |u| < 2^31, y = -1, 0, 1
                sumHi = sumHi.add(product.lanewise(VectorOperators.ASHR, 16));
                sumLo = sumLo.add(product.and(0xFFFF));
            }
            sum.intoArray(lanes, 0);
            squares += sumOfLanes();
            sumHi.intoArray(lanes, 0);
            d += sumOfLanes() << 16;
            sumLo.intoArray(lanes, 0);
            d += sumOfLanes();
        }
        squaresOfP1 = squares;
        b = terms * v0Exact + v1Exact * squares;
        return d;
    }

    private void flipShortEvenP(int i) {
        final byte[] w = c.signs;
        final int[] p = p1;
        final int[] aa = a;
        final int base = i * stride;
        final int end = padded;
        final IntVector m = IntVector.broadcast(I, -2 * sigma[i]);
        final IntVector cu0 = IntVector.broadcast(I, u0);
        final IntVector cu1 = IntVector.broadcast(I, u1);
        final IntVector cv0 = IntVector.broadcast(I, v0);
        final IntVector cv1 = IntVector.broadcast(I, v1);
        long total = 0;
        int t = 0;
        while (t < end) {
            int blockEnd = Math.min(end, t + blockV);
            IntVector sum = IntVector.zero(I);
            for (; t < blockEnd; t += LANES) {
                IntVector x = (IntVector) ByteVector.fromArray(B, w, base + t).convertShape(VectorOperators.B2I, I, 0);
                IntVector q = IntVector.fromArray(I, p, t).add(x.mul(m));
                q.intoArray(p, t);
                IntVector q2 = q.mul(q);
                IntVector u = q2.mul(cu1).add(cu0).mul(q);
                u.intoArray(aa, t);
                sum = sum.add(q2.mul(cv1).add(cv0));
            }
            sum.intoArray(lanes, 0);
            total += sumOfLanes();
        }
        b = total - paddingB;
    }

    private void flipShortOddP(int i) {
        final byte[] w = c.signs;
        final int[] p = p1;
        final int[] aa = a;
        final int base = i * stride;
        final int end = padded;
        final IntVector m = IntVector.broadcast(I, -2 * sigma[i]);
        final IntVector cu0 = IntVector.broadcast(I, u0);
        final IntVector cu1 = IntVector.broadcast(I, u1);
        final IntVector cv0 = IntVector.broadcast(I, v0);
        final IntVector cv1 = IntVector.broadcast(I, v1);
        long total = 0;
        int t = 0;
        while (t < end) {
            int blockEnd = Math.min(end, t + blockV);
            IntVector sum = IntVector.zero(I);
            for (; t < blockEnd; t += LANES) {
                IntVector x = (IntVector) ByteVector.fromArray(B, w, base + t).convertShape(VectorOperators.B2I, I, 0);
                IntVector q = IntVector.fromArray(I, p, t).add(x.mul(m));
                q.intoArray(p, t);
                IntVector q2 = q.mul(q);
                IntVector u = q2.mul(cu1).add(cu0);
                u.intoArray(aa, t);
                sum = sum.add(q2.mul(cv1).add(cv0).mul(q));
            }
            sum.intoArray(lanes, 0);
            total += sumOfLanes();
        }
        b = total - paddingB;
    }

    // P >= 5: the update of p1 and A, then B from the new p1, in two passes. One fused pass holds too many
    // vector operations for C2 to inline them all, and JDK 17 then boxes every vector it does not inline
    // (tens of kilobytes per sweep at P = 6, K = 100); each pass alone compiles to plain vector code.

    private void flipLongEvenP(int i) {
        final byte[] w = c.signs;
        final int[] p = p1;
        final int[] aa = a;
        final int base = i * stride;
        final int end = padded;
        final IntVector m = IntVector.broadcast(I, -2 * sigma[i]);
        for (int t = 0; t < end; t += LANES) {
            IntVector x = (IntVector) ByteVector.fromArray(B, w, base + t).convertShape(VectorOperators.B2I, I, 0);
            IntVector q = IntVector.fromArray(I, p, t).add(x.mul(m));
            q.intoArray(p, t);
            IntVector q2 = q.mul(q);
            q2.mul(u3).add(u2).mul(q2).add(u1).mul(q2).add(u0).mul(q).intoArray(aa, t);
        }
        b = sumOfEvenV() - paddingB;
    }

    private void flipLongOddP(int i) {
        final byte[] w = c.signs;
        final int[] p = p1;
        final int[] aa = a;
        final int base = i * stride;
        final int end = padded;
        final IntVector m = IntVector.broadcast(I, -2 * sigma[i]);
        for (int t = 0; t < end; t += LANES) {
            IntVector x = (IntVector) ByteVector.fromArray(B, w, base + t).convertShape(VectorOperators.B2I, I, 0);
            IntVector q = IntVector.fromArray(I, p, t).add(x.mul(m));
            q.intoArray(p, t);
            IntVector q2 = q.mul(q);
            q2.mul(u3).add(u2).mul(q2).add(u1).mul(q2).add(u0).intoArray(aa, t);
        }
        b = sumOfOddV() - paddingB;
    }

    /** sum_t PV(p1_t) for even PV, in int blocks summed in a long. */
    private long sumOfEvenV() {
        final int[] p = p1;
        final int end = padded;
        long total = 0;
        int t = 0;
        while (t < end) {
            int blockEnd = Math.min(end, t + blockV);
            IntVector sum = IntVector.zero(I);
            for (; t < blockEnd; t += LANES) {
                IntVector q2 = IntVector.fromArray(I, p, t);
                q2 = q2.mul(q2);
                sum = sum.add(q2.mul(v3).add(v2).mul(q2).add(v1).mul(q2).add(v0));
            }
            sum.intoArray(lanes, 0);
            total += sumOfLanes();
        }
        return total;
    }

    /** sum_t PV(p1_t) for odd PV, in int blocks summed in a long. */
    private long sumOfOddV() {
        final int[] p = p1;
        final int end = padded;
        long total = 0;
        int t = 0;
        while (t < end) {
            int blockEnd = Math.min(end, t + blockV);
            IntVector sum = IntVector.zero(I);
            for (; t < blockEnd; t += LANES) {
                IntVector q = IntVector.fromArray(I, p, t);
                IntVector q2 = q.mul(q);
                sum = sum.add(q2.mul(v3).add(v2).mul(q2).add(v1).mul(q2).add(v0).mul(q));
            }
            sum.intoArray(lanes, 0);
            total += sumOfLanes();
        }
        return total;
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
        int last = order.length - 1;
        if (squares && last >= 0) {
            // the dot product of the next site rides along with each accepted update
            long d = dot(order[0]);
            for (int k = 0; k <= last; k++) {
                int i = order[k];
                long s = ((sigma[i] * d + b) >> shift) * factor;
                if (acceptance.acceptFast(c.deltaScale * (double) s, rng)) {
                    accepted++;
                    if (k < last) {
                        d = flipSquaresAndDot(i, order[k + 1]);
                    } else {
                        flip(i);
                    }
                } else if (k < last) {
                    d = dot(order[k + 1]);
                }
            }
            return accepted;
        }
        for (int k = 0; k <= last; k++) {
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

    /** A and B from p1, in scalar exact arithmetic (BigInteger-free: the polynomials fit int values). */
    private void refreshDerived() {
        rescanMaxAbsP1();
        long bb = 0;
        long sq = 0;
        for (int t = 0; t < padded; t++) {
            a[t] = polynomial(c.polyU, p1[t]);
            bb += polynomial(c.polyV, p1[t]);
            sq += (long) p1[t] * p1[t];
        }
        squaresOfP1 = sq;
        b = bb - paddingB;
    }

    private static int polynomial(BigInteger[] coefficients, int x) {
        return Couplings.evaluate(coefficients, x).intValueExact();
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
        for (int t = 0; t < terms; t++) {
            p1[t] = importedPlusMinusOneSum(p1In, t);
        }
        refreshDerived();
    }

    @Override
    void checkConsistency() {
        int[] keptP1 = p1.clone();
        int[] keptA = a.clone();
        long keptB = b;
        long keptSquares = squaresOfP1;
        int keptBound = maxAbsP1;
        recomputeSums();
        if (keptBound < maxAbsP1) {
            throw drift("bound on max |p1|", -1, keptBound, maxAbsP1);
        }
        for (int t = 0; t < padded; t++) {
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
        if (squares && keptSquares != squaresOfP1) {
            throw drift("sum of p1^2", -1, keptSquares, squaresOfP1);
        }
    }

    @Override
    long bytesPerReplica() {
        return 4L * (p1.length + a.length) + 8;
    }
}
