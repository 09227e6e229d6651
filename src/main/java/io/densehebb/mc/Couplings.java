package io.densehebb.mc;

import io.densehebb.model.Interaction;
import io.densehebb.model.Network;
import io.densehebb.model.NewtonIdentities;
import java.math.BigInteger;

/**
 * The stored terms of a {@link Network} laid out for single-spin updates: the weights of neuron i for
 * all terms are contiguous ({@code i * stride + t}, rows padded with zeros to a multiple of
 * {@link #ROW_ALIGNMENT} so that vector kernels stream whole rows without tail loops), +-1 weights as
 * bytes, general integer weights (supervised class sums) as ints. Built once per JVM and shared
 * read-only by every replica; nothing here changes after construction.
 *
 * <p>Besides the weights it holds what the flip kernels need to compute every single-flip energy
 * change exactly (see {@link FlipKernel}): dE = {@link #deltaScale} * S with S an exact integer,
 * and the tables and bounds that say which integer arithmetic is wide enough for S.
 */
public final class Couplings {

    /** Rows are padded to a multiple of this many terms (64 bytes: one cache line, the widest vector). */
    static final int ROW_ALIGNMENT = 64;
    /** Integer paths are used only while every intermediate stays below this bound (2^60, headroom kept). */
    static final double EXACT_LIMIT = 0x1p60;

    final Network network;
    final int n;
    final int terms;
    /** Row length in the weight arrays: terms rounded up to {@link #ROW_ALIGNMENT}. */
    final int stride;
    final int order;
    final boolean distinct;
    final boolean plusMinusOne;
    final double prefactor;
    /** dE = deltaScale * S with S the exact integer of {@link FlipKernel}: 2C (distinct) or C (full power). */
    final double deltaScale;
    /** +-1 weights (when {@link #plusMinusOne}), neuron-major, rows of length {@link #stride}. */
    final byte[] signs;
    /** Integer weights (otherwise), neuron-major, rows of length {@link #stride}. */
    final int[] weights;
    /** Largest |w| over all weights (1 for +-1). */
    final int maxWeight;
    /** sum_t w_it^2 of each neuron i for integer weights (null for +-1, where it is K). */
    final long[] rowSquares;
    /** Odd powers k >= 3 whose sums sum_j (w_j sigma_j)^k a spin state must track (general distinct only). */
    final int[] trackedOddPowers;
    /** sum_j w_j^k for even k, [t * (order + 1) + k]: these do not depend on sigma. */
    final double[] evenPowerSums;
    /** The same sums as exact integers (general distinct with {@link #exact}). */
    final long[] evenPowerSumsExact;
    /** e_{P-1} of N - 1 variables +-1 as a polynomial in their sum (+-1 distinct only). */
    final double[] reducedElementary;
    /** e_P of N variables +-1 as a polynomial in their sum (+-1 distinct only). */
    final double[] fullElementary;

    /**
     * True when S = sum_t phi_t is computed exactly in long arithmetic (every term, partial sum and
     * intermediate below {@link #EXACT_LIMIT}); false sends every kernel to the double reference.
     */
    final boolean exact;
    /**
     * +-1 distinct P >= 3: e_{P-1} of N - 1 variables +-1 with sum s, exactly, at index (s + N - 1) / 2.
     */
    final long[] reducedElementaryTable;
    /**
     * +-1 weights, P >= 3 or full power: with phi(a, x) the contribution of a term with p1 = a when the
     * flipped spin has x = w sigma = +-1, U(a) = phi(a, +1) - phi(a, -1) and V(a) = phi(a, +1) + phi(a, -1),
     * at index (a + N) / 2, so that 2 S = sigma sum_t xi_t U(p1_t) + sum_t V(p1_t).
     */
    final long[] tableU;
    final long[] tableV;
    /** max |U| and max |V| over the table. */
    final long maxAbsU;
    final long maxAbsV;
    /**
     * Integer polynomials PU, PV in a (coefficients ascending, exact as BigInteger) with
     * U = (g / m) PU and V = (g / m) PV; used by the vector table kernel, which evaluates them in
     * wrapping int arithmetic. Null when not applicable.
     */
    final BigInteger[] polyU;
    final BigInteger[] polyV;
    /** g and m above (g / m is the common rational factor of U and V). */
    final long polyNumerator;
    final long polyDenominator;
    /** max over valid a (and a = 0) of |PU(a)|, |PV(a)|; Long.MAX_VALUE when they do not fit a long. */
    final long maxAbsPolyU;
    final long maxAbsPolyV;

    public Couplings(Network network) {
        this.network = network;
        this.n = network.n();
        this.terms = network.termCount();
        this.stride = roundUp(terms, ROW_ALIGNMENT);
        this.order = network.order();
        this.distinct = network.spec().interaction() == Interaction.DISTINCT;
        this.plusMinusOne = network.plusMinusOneWeights();
        this.prefactor = network.prefactor();
        this.deltaScale = distinct ? 2.0 * prefactor : prefactor;
        if ((long) n * stride > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("N * terms too large for one weight array: " + n + " * " + stride);
        }
        int max = 0;
        if (plusMinusOne) {
            signs = new byte[n * stride];
            weights = null;
            rowSquares = null;
        } else {
            signs = null;
            weights = new int[n * stride];
            rowSquares = new long[n];
        }
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < terms; t++) {
                int w = network.termWeight(t, i);
                max = Math.max(max, Math.abs(w));
                if (plusMinusOne) {
                    signs[i * stride + t] = (byte) w;
                } else {
                    weights[i * stride + t] = w;
                    rowSquares[i] += (long) w * w;
                }
            }
        }
        this.maxWeight = max;
        boolean general = distinct && !plusMinusOne;
        int oddCount = general ? (order - 1) / 2 : 0; // odd k in 3..order
        trackedOddPowers = new int[oddCount];
        for (int j = 0; j < oddCount; j++) {
            trackedOddPowers[j] = 2 * j + 3;
        }
        evenPowerSums = general ? evenPowerSums() : null;
        reducedElementary = distinct && plusMinusOne ? NewtonIdentities.plusMinusOnePolynomial(order - 1, n - 1) : null;
        fullElementary = distinct && plusMinusOne ? NewtonIdentities.plusMinusOnePolynomial(order, n) : null;

        // ---- exactness and the +-1 tables ----
        this.exact = plusMinusOne ? plusMinusOneExact() : generalExact();
        evenPowerSumsExact = general && exact ? exactEvenPowerSums() : null;
        boolean pmTables = plusMinusOne && exact && (order >= 3 || !distinct);
        reducedElementaryTable = plusMinusOne && distinct && order >= 3 && exact ? reducedElementaryTable() : null;
        if (pmTables) {
            long[][] uv = plusMinusOneTables();
            tableU = uv[0];
            tableV = uv[1];
            maxAbsU = maxAbs(tableU);
            maxAbsV = maxAbs(tableV);
            BigInteger[][] poly = plusMinusOnePolynomials();
            BigInteger m = distinct ? BigInteger.valueOf(factorial(order - 1)) : BigInteger.ONE;
            BigInteger g = BigInteger.ZERO;
            for (BigInteger[] p : poly) {
                for (BigInteger coefficient : p) {
                    g = g.gcd(coefficient);
                }
            }
            if (g.signum() == 0) {
                g = BigInteger.ONE;
            }
            // PU = (m U) / g, PV = (m V) / g, so U = (g / m) PU: keep g / m in lowest terms
            polyU = divideAll(poly[0], g);
            polyV = divideAll(poly[1], g);
            BigInteger h = g.gcd(m);
            polyNumerator = g.divide(h).longValueExact();
            polyDenominator = m.divide(h).longValueExact();
            maxAbsPolyU = maxAbsOverStates(polyU);
            maxAbsPolyV = maxAbsOverStates(polyV);
        } else {
            tableU = null;
            tableV = null;
            maxAbsU = 0;
            maxAbsV = 0;
            polyU = null;
            polyV = null;
            polyNumerator = 1;
            polyDenominator = 1;
            maxAbsPolyU = Long.MAX_VALUE;
            maxAbsPolyV = Long.MAX_VALUE;
        }
    }

    public Network network() {
        return network;
    }

    /** Largest N for which the pair-field kernel builds its N x N coupling matrix (property densehebb.field.maxN). */
    static final int FIELD_MAX_N = Integer.getInteger("densehebb.field.maxN", 4096);

    private volatile int[] pairMatrix;

    /**
     * J_ij = sum_t w^t_i w^t_j for +-1 weights, row-major N x N (built once, on first use, and shared):
     * J_ij = terms - 2 popcount(bits_i XOR bits_j) on rows packed to bits.
     */
    int[] pairMatrix() {
        int[] j = pairMatrix;
        if (j == null) {
            synchronized (this) {
                j = pairMatrix;
                if (j == null) {
                    j = buildPairMatrix();
                    pairMatrix = j;
                }
            }
        }
        return j;
    }

    private int[] buildPairMatrix() {
        if (!plusMinusOne) {
            throw new IllegalStateException("the pair matrix needs +-1 weights");
        }
        int words = (terms + 63) >>> 6;
        long[] bits = new long[n * words];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < terms; t++) {
                if (signs[i * stride + t] < 0) {
                    bits[i * words + (t >>> 6)] |= 1L << (t & 63);
                }
            }
        }
        int[] matrix = new int[n * n];
        for (int i = 0; i < n; i++) {
            for (int k = i; k < n; k++) {
                int differ = 0;
                for (int w = 0; w < words; w++) {
                    differ += Long.bitCount(bits[i * words + w] ^ bits[k * words + w]);
                }
                int v = terms - 2 * differ;
                matrix[i * n + k] = v;
                matrix[k * n + i] = v;
            }
        }
        return matrix;
    }

    public int n() {
        return n;
    }

    public int terms() {
        return terms;
    }

    /** Weight of term t at neuron i. */
    int weight(int i, int t) {
        return plusMinusOne ? signs[i * stride + t] : weights[i * stride + t];
    }

    private volatile int[] polyUSteps;

    /**
     * steps[b] for 0 &lt;= b &lt;= N: how many values PU(a) with |a| &lt;= b (a a reachable p1, or 0) an int
     * can sum without overflow, (2^31 - 1) / max |PU(a)|. The vector table kernel sizes its int
     * accumulation blocks from the current max |p1| with it. Built once, on first use, and shared.
     */
    int[] polyUSteps() {
        int[] steps = polyUSteps;
        if (steps == null) {
            synchronized (this) {
                steps = polyUSteps;
                if (steps == null) {
                    steps = buildPolyUSteps();
                    polyUSteps = steps;
                }
            }
        }
        return steps;
    }

    private int[] buildPolyUSteps() {
        if (polyU == null || maxAbsPolyU > Integer.MAX_VALUE) {
            throw new IllegalStateException("PU does not fit an int over the states");
        }
        int[] steps = new int[n + 1];
        long max = evaluate(polyU, 0).abs().longValueExact();
        for (int b = 0; b <= n; b++) {
            if ((b - n) % 2 == 0) {
                max = Math.max(max, Math.max(evaluate(polyU, b).abs().longValueExact(), evaluate(polyU, -b).abs().longValueExact()));
            }
            steps[b] = (int) (Integer.MAX_VALUE / Math.max(1, max));
        }
        return steps;
    }

    /** Bytes of shared (read-only) coupling data: what every replica of this network reads. */
    public long sharedBytes() {
        long bytes = plusMinusOne ? (long) signs.length : 4L * weights.length + 8L * rowSquares.length;
        bytes += 8L * (tableU == null ? 0 : tableU.length + tableV.length);
        bytes += 8L * (reducedElementaryTable == null ? 0 : reducedElementaryTable.length);
        bytes += 4L * (pairMatrix == null ? 0 : pairMatrix.length);
        bytes += 4L * (polyUSteps == null ? 0 : polyUSteps.length);
        return bytes;
    }

    // ---- construction helpers ----------------------------------------------------------------

    static int roundUp(int x, int multiple) {
        return (x + multiple - 1) / multiple * multiple;
    }

    private double[] evenPowerSums() {
        double[] sums = new double[terms * (order + 1)];
        for (int t = 0; t < terms; t++) {
            for (int i = 0; i < n; i++) {
                double w = weights[i * stride + t];
                double wk = w;
                for (int k = 2; k <= order; k++) {
                    wk *= w;
                    if (k % 2 == 0) {
                        sums[t * (order + 1) + k] += wk;
                    }
                }
            }
        }
        return sums;
    }

    private long[] exactEvenPowerSums() {
        long[] sums = new long[terms * (order + 1)];
        for (int t = 0; t < terms; t++) {
            for (int i = 0; i < n; i++) {
                long w = weights[i * stride + t];
                long wk = w;
                for (int k = 2; k <= order; k++) {
                    wk *= w;
                    if (k % 2 == 0) {
                        sums[t * (order + 1) + k] += wk;
                    }
                }
            }
        }
        return sums;
    }

    /**
     * +-1 weights: every exact path keeps |S| and every partial sum below K * max |phi|, with
     * |phi| <= (N + 2)^P (full power) or C(N-1, P-1) (distinct); P = 2 distinct is always exact.
     */
    private boolean plusMinusOneExact() {
        if (distinct && order == 2) {
            return true;
        }
        double perTerm = distinct ? binomial(n - 1, order - 1) * 2.0 : Math.pow(n + 2.0, order) * 2.0;
        return perTerm * Math.max(1, terms) * 4.0 < EXACT_LIMIT;
    }

    /**
     * General integer weights: Newton's identities in long arithmetic, k e_k = sum_j (-1)^(j-1) e_{k-j} p_j,
     * stay exact while every product e_{k-j} p_j and every sum is below the limit. Bounds: |p_j| <= A_j =
     * max_t sum_i |w|^j, |e_k| <= A_1^k / k!, x = w sigma with |x| <= max |w|.
     */
    private boolean generalExact() {
        double[] a = new double[order + 2];
        for (int t = 0; t < terms; t++) {
            double[] s = new double[order + 2];
            for (int i = 0; i < n; i++) {
                double w = Math.abs(weights[i * stride + t]);
                double wk = 1;
                for (int k = 1; k <= order + 1; k++) {
                    wk *= w;
                    s[k] += wk;
                }
            }
            for (int k = 1; k <= order + 1; k++) {
                a[k] = Math.max(a[k], s[k]);
            }
        }
        double x = maxWeight;
        if (!distinct) {
            double base = a[1] + 2 * x;
            return Math.pow(base, order) * 2.0 * Math.max(1, terms) * 4.0 < EXACT_LIMIT;
        }
        // power sums of "x without i" are below A_j + x^j
        double[] p = new double[order + 1];
        for (int j = 1; j <= order; j++) {
            p[j] = a[j] + Math.pow(x, j);
        }
        double[] e = new double[order + 1];
        e[0] = 1;
        double worst = 0;
        for (int k = 1; k < order; k++) {
            double sum = 0;
            for (int j = 1; j <= k; j++) {
                double product = e[k - j] * p[j];
                worst = Math.max(worst, product);
                sum += product;
            }
            worst = Math.max(worst, sum);
            e[k] = Math.min(sum, Math.pow(p[1], k) / factorial(k));
        }
        // tracked odd sums must be exact in the double[] of a snapshot (2^53)
        for (int k = 3; k <= order; k += 2) {
            if (p[k] * 2.0 >= 0x1p53) {
                return false;
            }
        }
        double s = x * e[order - 1] * Math.max(1, terms);
        worst = Math.max(worst, s);
        return worst * 4.0 < EXACT_LIMIT;
    }

    /** e_k of a variables +1 and b variables -1, exactly: sum_j C(a, j) C(b, k - j) (-1)^(k - j). */
    static BigInteger plusMinusOneElementary(int k, int plus, int minus) {
        BigInteger total = BigInteger.ZERO;
        for (int j = 0; j <= k; j++) {
            BigInteger term = bigBinomial(plus, j).multiply(bigBinomial(minus, k - j));
            total = (k - j) % 2 == 0 ? total.add(term) : total.subtract(term);
        }
        return total;
    }

    private long[] reducedElementaryTable() {
        int m = n - 1;
        long[] table = new long[m + 1];
        for (int plus = 0; plus <= m; plus++) {
            // sum s = plus - (m - plus) = 2 plus - m, index (s + m) / 2 = plus
            table[plus] = plusMinusOneElementary(order - 1, plus, m - plus).longValueExact();
        }
        return table;
    }

    /** phi(a, x) exactly, for +-1 weights: the contribution of one term to S. */
    BigInteger plusMinusOnePhi(int a, int x) {
        if (distinct) {
            int s = a - x; // sum of the other N - 1 entries of the term
            int m = n - 1;
            return BigInteger.valueOf(x).multiply(plusMinusOneElementary(order - 1, (s + m) / 2, (m - s) / 2));
        }
        return BigInteger.valueOf(a).pow(order).subtract(BigInteger.valueOf(a - 2L * x).pow(order));
    }

    private long[][] plusMinusOneTables() {
        long[] u = new long[n + 1];
        long[] v = new long[n + 1];
        for (int j = 0; j <= n; j++) {
            int a = 2 * j - n;
            BigInteger plus = plusMinusOnePhi(a, 1);
            BigInteger minus = plusMinusOnePhi(a, -1);
            u[j] = plus.subtract(minus).longValueExact();
            v[j] = plus.add(minus).longValueExact();
        }
        return new long[][] {u, v};
    }

    /**
     * m U(a) and m V(a) as integer polynomials in a (m = (P-1)! distinct, 1 full power): with
     * G(s) = (P-1)! e_{P-1}(s) (integer coefficients), m U = G(a-1) + G(a+1), m V = G(a-1) - G(a+1);
     * full power: U = (a+2)^P - (a-2)^P, V = 2 a^P - (a-2)^P - (a+2)^P.
     */
    private BigInteger[][] plusMinusOnePolynomials() {
        if (distinct) {
            BigInteger[] g = scaledElementaryPolynomial(order - 1, n - 1);
            BigInteger[] gm = shift(g, -1);
            BigInteger[] gp = shift(g, 1);
            return new BigInteger[][] {add(gm, gp, 1), add(gm, gp, -1)};
        }
        BigInteger[] ap = power(BigInteger.valueOf(2), order);   // (a + 2)^P
        BigInteger[] am = power(BigInteger.valueOf(-2), order);  // (a - 2)^P
        BigInteger[] a = power(BigInteger.ZERO, order);          // a^P
        BigInteger[] u = add(ap, am, -1);
        BigInteger[] v = add(add(a, a, 1), add(am, ap, 1), -1);
        return new BigInteger[][] {u, v};
    }

    /**
     * k! e_k of n variables +-1 as an integer polynomial in their sum s (coefficients ascending), from
     * k! e_k = sum_{j=1..k} (-1)^(j-1) ((k-1)!/(k-j)!) (k-j)! e_{k-j} p_j, p_j = s (j odd), n (j even).
     */
    static BigInteger[] scaledElementaryPolynomial(int order, long n) {
        BigInteger[][] e = new BigInteger[order + 1][];
        e[0] = new BigInteger[] {BigInteger.ONE};
        for (int k = 1; k <= order; k++) {
            BigInteger[] acc = zeros(k + 1);
            for (int j = 1; j <= k; j++) {
                BigInteger factor = BigInteger.ONE;
                for (int f = k - j + 1; f <= k - 1; f++) {
                    factor = factor.multiply(BigInteger.valueOf(f));
                }
                if (j % 2 == 0) {
                    factor = factor.negate();
                }
                BigInteger[] prev = e[k - j];
                for (int d = 0; d < prev.length; d++) {
                    BigInteger c = prev[d].multiply(factor);
                    if (j % 2 == 1) {
                        acc[d + 1] = acc[d + 1].add(c); // times s
                    } else {
                        acc[d] = acc[d].add(c.multiply(BigInteger.valueOf(n)));
                    }
                }
            }
            e[k] = acc;
        }
        return e[order];
    }

    /** (a + c)^p as a polynomial in a. */
    private static BigInteger[] power(BigInteger c, int p) {
        BigInteger[] out = zeros(p + 1);
        for (int k = 0; k <= p; k++) {
            out[k] = bigBinomial(p, k).multiply(c.pow(p - k));
        }
        return out;
    }

    /** q(a) = g(a + c). */
    private static BigInteger[] shift(BigInteger[] g, int c) {
        BigInteger[] out = zeros(g.length);
        BigInteger cc = BigInteger.valueOf(c);
        for (int d = 0; d < g.length; d++) {
            // g_d (a + c)^d = g_d sum_k C(d, k) a^k c^(d-k)
            for (int k = 0; k <= d; k++) {
                out[k] = out[k].add(g[d].multiply(bigBinomial(d, k)).multiply(cc.pow(d - k)));
            }
        }
        return out;
    }

    private static BigInteger[] add(BigInteger[] x, BigInteger[] y, int sign) {
        BigInteger[] out = zeros(Math.max(x.length, y.length));
        for (int d = 0; d < out.length; d++) {
            BigInteger a = d < x.length ? x[d] : BigInteger.ZERO;
            BigInteger b = d < y.length ? y[d] : BigInteger.ZERO;
            out[d] = sign > 0 ? a.add(b) : a.subtract(b);
        }
        return out;
    }

    private static BigInteger[] divideAll(BigInteger[] p, BigInteger g) {
        BigInteger[] out = new BigInteger[p.length];
        for (int d = 0; d < p.length; d++) {
            out[d] = p[d].divide(g);
        }
        return out;
    }

    static BigInteger evaluate(BigInteger[] p, long a) {
        BigInteger x = BigInteger.valueOf(a);
        BigInteger v = BigInteger.ZERO;
        for (int d = p.length - 1; d >= 0; d--) {
            v = v.multiply(x).add(p[d]);
        }
        return v;
    }

    /** max |p(a)| over a in {-N, -N+2, ..., N} and a = 0 (padding lanes); Long.MAX_VALUE if too big. */
    private long maxAbsOverStates(BigInteger[] p) {
        BigInteger max = evaluate(p, 0).abs();
        for (int j = 0; j <= n; j++) {
            max = max.max(evaluate(p, 2L * j - n).abs());
        }
        return max.bitLength() < 63 ? max.longValue() : Long.MAX_VALUE;
    }

    private static BigInteger[] zeros(int length) {
        BigInteger[] out = new BigInteger[length];
        java.util.Arrays.fill(out, BigInteger.ZERO);
        return out;
    }

    private static long maxAbs(long[] values) {
        long max = 0;
        for (long v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    static BigInteger bigBinomial(int n, int k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        BigInteger b = BigInteger.ONE;
        for (int j = 1; j <= k; j++) {
            b = b.multiply(BigInteger.valueOf(n - k + j)).divide(BigInteger.valueOf(j));
        }
        return b;
    }

    private static double binomial(int n, int k) {
        double b = 1;
        for (int j = 1; j <= k; j++) {
            b = b * (n - k + j) / j;
        }
        return b;
    }

    static long factorial(int p) {
        long f = 1;
        for (int k = 2; k <= p; k++) {
            f *= k;
        }
        return f;
    }
}
