package io.densehebb.model;

/**
 * An immutable matrix of +-1 entries, {@code count} patterns of length N, stored as one byte per
 * entry in neuron-major order (entry (mu, i) at {@code i * count + mu}), which is the order in which a
 * single-spin update streams them: for neuron i, all patterns are contiguous.
 */
public final class PatternMatrix {

    private final int count;
    private final int n;
    private final byte[] entries;

    private PatternMatrix(int count, int n, byte[] entries) {
        this.count = count;
        this.n = n;
        this.entries = entries;
    }

    /** Takes ownership of {@code neuronMajor}; callers must not keep a reference to it. */
    static PatternMatrix adopt(int count, int n, byte[] neuronMajor) {
        if (neuronMajor.length != (long) count * n) {
            throw new IllegalArgumentException("expected " + (long) count * n + " entries, got " + neuronMajor.length);
        }
        for (byte b : neuronMajor) {
            if (b != 1 && b != -1) {
                throw new IllegalArgumentException("pattern entries must be +-1, found " + b);
            }
        }
        return new PatternMatrix(count, n, neuronMajor);
    }

    /** A copy of the given patterns, indexed [mu][i]. */
    public static PatternMatrix of(byte[][] patterns) {
        int count = patterns.length;
        int n = count == 0 ? 0 : patterns[0].length;
        byte[] e = new byte[count * n];
        for (int mu = 0; mu < count; mu++) {
            if (patterns[mu].length != n) {
                throw new IllegalArgumentException("pattern " + mu + " has length " + patterns[mu].length + ", expected " + n);
            }
            for (int i = 0; i < n; i++) {
                e[i * count + mu] = patterns[mu][i];
            }
        }
        return adopt(count, n, e);
    }

    public int count() {
        return count;
    }

    public int n() {
        return n;
    }

    /** Entry mu of neuron i: +1 or -1. */
    public int get(int mu, int i) {
        return entries[i * count + mu];
    }

    /** Pattern mu as a fresh array of length N. */
    public byte[] pattern(int mu) {
        byte[] p = new byte[n];
        for (int i = 0; i < n; i++) {
            p[i] = entries[i * count + mu];
        }
        return p;
    }

    /** A fresh neuron-major copy of all entries (what sweep kernels stream). */
    public byte[] neuronMajorCopy() {
        return entries.clone();
    }

    /** Overlaps (1/N) sum_i pattern^mu_i sigma_i for every pattern, in one pass over the matrix. */
    public double[] overlaps(byte[] sigma) {
        long[] dot = new long[count];
        for (int i = 0; i < n; i++) {
            int s = sigma[i];
            int base = i * count;
            for (int mu = 0; mu < count; mu++) {
                dot[mu] += entries[base + mu] * s;
            }
        }
        double[] m = new double[count];
        for (int mu = 0; mu < count; mu++) {
            m[mu] = dot[mu] / (double) n;
        }
        return m;
    }
}
