package io.densehebb.observables;

import java.util.Arrays;

/**
 * Running mean of a correlated time series with a logarithmic-binning error bar, in O(log n) memory.
 *
 * <p>Level l sees the series averaged over consecutive blocks of 2^l samples. For bins longer than
 * the autocorrelation time the naive error of the binned series is the true error of the mean; we
 * read it at the deepest level that still has at least {@link #MIN_BINS} bins, which keeps the
 * error of the error near 1/sqrt(2 * MIN_BINS). The integrated autocorrelation time follows from the
 * ratio of binned to naive variances: tau_int = (1/2) (error / naive error)^2 (1/2 when uncorrelated).
 */
public final class BinningAccumulator {

    /** Fewest bins a level must have for its error to be used. */
    public static final int MIN_BINS = 32;
    private static final int LEVELS = 48;

    private final double[] sum = new double[LEVELS];
    private final double[] sumSquares = new double[LEVELS];
    private final long[] count = new long[LEVELS];
    private final double[] pending = new double[LEVELS];
    private final boolean[] hasPending = new boolean[LEVELS];

    public void add(double x) {
        double v = x;
        for (int level = 0; level < LEVELS; level++) {
            sum[level] += v;
            sumSquares[level] += v * v;
            count[level]++;
            if (!hasPending[level]) {
                pending[level] = v;
                hasPending[level] = true;
                return;
            }
            v = 0.5 * (pending[level] + v);
            hasPending[level] = false;
        }
    }

    public long count() {
        return count[0];
    }

    public double mean() {
        return count[0] == 0 ? Double.NaN : sum[0] / count[0];
    }

    /** Error of the mean assuming independent samples. */
    public double naiveError() {
        return levelError(0);
    }

    /** Error of the mean from the deepest level with at least {@link #MIN_BINS} bins. */
    public double error() {
        return levelError(usedLevel());
    }

    /** Integrated autocorrelation time in units of the sampling interval (1/2 for independent samples). */
    public double autocorrelationTime() {
        double naive = naiveError();
        if (!(naive > 0.0)) {
            return 0.5;
        }
        double ratio = error() / naive;
        return 0.5 * ratio * ratio;
    }

    /** Number of bins at the level the error is read from; fewer than MIN_BINS means the run is too short to trust. */
    public long binsUsed() {
        return count[usedLevel()];
    }

    /** The binning level whose error is reported. */
    public int usedLevel() {
        int level = 0;
        while (level + 1 < LEVELS && count[level + 1] >= MIN_BINS) {
            level++;
        }
        return level;
    }

    /** Error of the mean estimated at one level (naive error of the series binned 2^level at a time). */
    public double levelError(int level) {
        long n = count[level];
        if (n < 2) {
            return Double.NaN;
        }
        double mean = sum[level] / n;
        double variance = Math.max(0.0, (sumSquares[level] - n * mean * mean) / (n - 1));
        return Math.sqrt(variance / n);
    }

    /** The full internal state, for checkpoints. */
    public Snapshot snapshot() {
        return new Snapshot(sum.clone(), sumSquares.clone(), count.clone(), pending.clone(), hasPending.clone());
    }

    public static BinningAccumulator restore(Snapshot s) {
        BinningAccumulator a = new BinningAccumulator();
        System.arraycopy(s.sum(), 0, a.sum, 0, LEVELS);
        System.arraycopy(s.sumSquares(), 0, a.sumSquares, 0, LEVELS);
        System.arraycopy(s.count(), 0, a.count, 0, LEVELS);
        System.arraycopy(s.pending(), 0, a.pending, 0, LEVELS);
        System.arraycopy(s.hasPending(), 0, a.hasPending, 0, LEVELS);
        return a;
    }

    /** Serializable state of an accumulator. */
    public record Snapshot(double[] sum, double[] sumSquares, long[] count, double[] pending, boolean[] hasPending) {
        public Snapshot {
            if (sum.length != LEVELS || sumSquares.length != LEVELS || count.length != LEVELS
                    || pending.length != LEVELS || hasPending.length != LEVELS) {
                throw new IllegalArgumentException("a binning snapshot has " + LEVELS + " levels");
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Snapshot s && Arrays.equals(sum, s.sum) && Arrays.equals(sumSquares, s.sumSquares)
                    && Arrays.equals(count, s.count) && Arrays.equals(pending, s.pending) && Arrays.equals(hasPending, s.hasPending);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(sum) * 31 + Arrays.hashCode(count);
        }
    }
}
