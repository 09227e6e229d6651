package io.densehebb.observables;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * Block sums of a vector-valued time series, for jackknife errors of nonlinear functions of its means
 * (the Binder ratio is one), in memory independent of the series length.
 *
 * <p>Measurements fill blocks of equal length; when {@link #MAX_BLOCKS} blocks are complete,
 * neighbours merge and the block length doubles, so there are always between MAX_BLOCKS / 2 and
 * MAX_BLOCKS complete blocks once the series is long enough. Blocks then span n/64 to n/32
 * measurements: the same scale at which {@link BinningAccumulator} reads its error, so both
 * assume the autocorrelation time is shorter than that. The jackknife runs over complete blocks
 * only (equal lengths keep it unbiased); the value uses every measurement.
 */
public final class JackknifeBlocks {

    /** Complete blocks kept before neighbours are merged. */
    public static final int MAX_BLOCKS = 64;

    private final int components;
    private final double[][] blocks;
    private int completeBlocks;
    private long blockLength = 1;
    private final double[] open;
    private long openCount;

    public JackknifeBlocks(int components) {
        if (components < 1) {
            throw new IllegalArgumentException("a series has at least one component, got " + components);
        }
        this.components = components;
        this.blocks = new double[MAX_BLOCKS][components];
        this.open = new double[components];
    }

    /** One measurement: one value per component. */
    public void add(double... values) {
        if (values.length != components) {
            throw new IllegalArgumentException("expected " + components + " components, got " + values.length);
        }
        for (int c = 0; c < components; c++) {
            open[c] += values[c];
        }
        if (++openCount < blockLength) {
            return;
        }
        System.arraycopy(open, 0, blocks[completeBlocks++], 0, components);
        Arrays.fill(open, 0.0);
        openCount = 0;
        if (completeBlocks == MAX_BLOCKS) {
            mergeNeighbours();
        }
    }

    /** Number of measurements added. */
    public long count() {
        return completeBlocks * blockLength + openCount;
    }

    /** Component means over every measurement (NaN when there is none). */
    public double[] means() {
        double[] mean = open.clone();
        for (int b = 0; b < completeBlocks; b++) {
            for (int c = 0; c < components; c++) {
                mean[c] += blocks[b][c];
            }
        }
        long n = count();
        for (int c = 0; c < components; c++) {
            mean[c] /= n;
        }
        return mean;
    }

    /**
     * f of the means, with the jackknife error over complete blocks: f_j is f of the means without
     * block j and the variance is (B - 1)/B sum_j (f_j - mean_j f_j)^2. NaN error with fewer than 2 blocks.
     */
    public Estimate jackknife(ToDoubleFunction<double[]> f) {
        double value = f.applyAsDouble(means());
        if (completeBlocks < 2) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        double[] total = new double[components];
        for (int b = 0; b < completeBlocks; b++) {
            for (int c = 0; c < components; c++) {
                total[c] += blocks[b][c];
            }
        }
        double leftOutCount = (completeBlocks - 1) * (double) blockLength;
        double[] leaveOneOut = new double[completeBlocks];
        double average = 0.0;
        double[] mean = new double[components];
        for (int b = 0; b < completeBlocks; b++) {
            for (int c = 0; c < components; c++) {
                mean[c] = (total[c] - blocks[b][c]) / leftOutCount;
            }
            leaveOneOut[b] = f.applyAsDouble(mean);
            average += leaveOneOut[b] / completeBlocks;
        }
        double sumSquares = 0.0;
        for (double fj : leaveOneOut) {
            sumSquares += (fj - average) * (fj - average);
        }
        double error = Math.sqrt((completeBlocks - 1.0) / completeBlocks * sumSquares);
        return new Estimate(value, error, Double.NaN);
    }

    /** Fewest complete blocks for {@link #drift()}: two blocks in the earlier window. */
    public static final int MIN_DRIFT_BLOCKS = 8;

    /**
     * Drift between successive logarithmic windows of the series, per component: the mean over the last half
     * of the complete blocks minus the mean over the quarter before it, divided by the error of that
     * difference (each window's error from the spread of its block means, which are independent when blocks
     * are longer than the autocorrelation time). A stationary series gives values of order one; a series that
     * still relaxes gives large ones. NaN with fewer than {@value #MIN_DRIFT_BLOCKS} complete blocks, 0 for a
     * constant series, and infinite for two constant windows that differ.
     */
    public double[] drift() {
        double[] z = new double[components];
        if (completeBlocks < MIN_DRIFT_BLOCKS) {
            Arrays.fill(z, Double.NaN);
            return z;
        }
        int late = completeBlocks / 2;
        int early = completeBlocks / 4;
        int lateStart = completeBlocks - late;
        int earlyStart = lateStart - early;
        for (int c = 0; c < components; c++) {
            double[] a = windowMeanAndError(c, earlyStart, lateStart);
            double[] b = windowMeanAndError(c, lateStart, completeBlocks);
            double difference = b[0] - a[0];
            double error = Math.sqrt(a[1] * a[1] + b[1] * b[1]);
            z[c] = error > 0 ? difference / error : difference == 0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, difference);
        }
        return z;
    }

    /** Mean of the block means in [from, to) and its error (standard deviation of the block means / sqrt(count)). */
    private double[] windowMeanAndError(int component, int from, int to) {
        int count = to - from;
        double mean = 0.0;
        for (int b = from; b < to; b++) {
            mean += blocks[b][component] / blockLength;
        }
        mean /= count;
        double sum = 0.0;
        for (int b = from; b < to; b++) {
            double d = blocks[b][component] / blockLength - mean;
            sum += d * d;
        }
        return new double[] {mean, Math.sqrt(sum / (count - 1) / count)};
    }

    private void mergeNeighbours() {
        for (int b = 0; b < MAX_BLOCKS / 2; b++) {
            for (int c = 0; c < components; c++) {
                blocks[b][c] = blocks[2 * b][c] + blocks[2 * b + 1][c];
            }
        }
        for (int b = MAX_BLOCKS / 2; b < MAX_BLOCKS; b++) {
            Arrays.fill(blocks[b], 0.0);
        }
        completeBlocks = MAX_BLOCKS / 2;
        blockLength *= 2;
    }

    /** The full internal state, for checkpoints. */
    public Snapshot snapshot() {
        double[][] complete = new double[completeBlocks][];
        for (int b = 0; b < completeBlocks; b++) {
            complete[b] = blocks[b].clone();
        }
        return new Snapshot(components, blockLength, complete, open.clone(), openCount);
    }

    public static JackknifeBlocks restore(Snapshot s) {
        JackknifeBlocks j = new JackknifeBlocks(s.components());
        for (int b = 0; b < s.blocks().length; b++) {
            System.arraycopy(s.blocks()[b], 0, j.blocks[b], 0, j.components);
        }
        j.completeBlocks = s.blocks().length;
        j.blockLength = s.blockLength();
        System.arraycopy(s.open(), 0, j.open, 0, j.components);
        j.openCount = s.openCount();
        return j;
    }

    /** Serializable state: the complete block sums, the open block's partial sums and its count. */
    public record Snapshot(int components, long blockLength, double[][] blocks, double[] open, long openCount) {
        public Snapshot {
            if (blocks.length >= MAX_BLOCKS || open.length != components || blockLength < 1 || openCount < 0 || openCount >= blockLength) {
                throw new IllegalArgumentException("inconsistent jackknife snapshot");
            }
            for (double[] block : blocks) {
                if (block.length != components) {
                    throw new IllegalArgumentException("inconsistent jackknife snapshot");
                }
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Snapshot s && components == s.components && blockLength == s.blockLength
                    && openCount == s.openCount && Arrays.deepEquals(blocks, s.blocks) && Arrays.equals(open, s.open);
        }

        @Override
        public int hashCode() {
            return Arrays.deepHashCode(blocks) * 31 + Long.hashCode(blockLength);
        }
    }
}
