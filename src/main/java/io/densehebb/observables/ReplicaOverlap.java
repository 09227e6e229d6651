package io.densehebb.observables;

/**
 * Two-replica overlap q_ab = (1/N) sum_i sigma^a_i sigma^b_i on packed configurations: the spins
 * differ exactly where the bits differ, so q = 1 - 2 popcount(a XOR b) / N.
 */
public final class ReplicaOverlap {

    private ReplicaOverlap() {
    }

    /** Number of sites where the two packed configurations differ. */
    public static int hammingDistance(long[] a, long[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("bit sets of different lengths: " + a.length + " and " + b.length);
        }
        int d = 0;
        for (int w = 0; w < a.length; w++) {
            d += Long.bitCount(a[w] ^ b[w]);
        }
        return d;
    }

    /** q_ab for configurations of N spins. */
    public static double overlap(long[] a, long[] b, int n) {
        return (n - 2.0 * hammingDistance(a, b)) / n;
    }

    /** The P(q) bin of a pair: q takes the N + 1 values -1, -1 + 2/N, ..., 1, bin N - hamming distance. */
    public static int histogramBin(long[] a, long[] b, int n) {
        return n - hammingDistance(a, b);
    }
}
