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

    /**
     * Length of a super-block of {@link #drift(double[])} in units of tau_int: long enough that successive
     * super-block means of a two-state (telegraph) series, the slowest kind met at a first-order transition,
     * are nearly uncorrelated (their correlation is of order 1 / SUPER_BLOCK_TAUS).
     */
    public static final double SUPER_BLOCK_TAUS = 8.0;
    /** Fewest super-blocks the earlier window of {@link #drift(double[])} must hold. */
    public static final int MIN_DRIFT_BLOCKS = 4;

    /**
     * Drift between successive logarithmic windows of the series, per component: the mean over the last half
     * of the complete blocks minus the mean over the quarter before it, in units of the error that difference
     * has for a stationary series. Blocks are first joined into super-blocks at least {@value #SUPER_BLOCK_TAUS} tau_int long (tau_int
     * in measurements, one per component), so that successive super-block means are nearly independent; the
     * variance of one super-block mean is then estimated from the squared differences of successive ones
     * (von Neumann), which a slow trend hardly touches, so that the trend shows in the difference of the
     * windows and not in its error. NaN where the earlier window holds fewer than {@value #MIN_DRIFT_BLOCKS}
     * super-blocks (the run is too short for its autocorrelation time: that is reported separately); 0 when
     * both windows agree exactly.
     */
    public double[] drift(double[] tauInt) {
        if (tauInt.length != components) {
            throw new IllegalArgumentException("expected " + components + " autocorrelation times, got " + tauInt.length);
        }
        double[] z = new double[components];
        int lateStart = completeBlocks - completeBlocks / 2;
        int earlyStart = lateStart - completeBlocks / 4;
        for (int c = 0; c < components; c++) {
            double tau = Double.isFinite(tauInt[c]) ? tauInt[c] : 0.5;
            int group = (int) Math.max(1, Math.ceil(SUPER_BLOCK_TAUS * tau / blockLength));
            int early = (lateStart - earlyStart) / group;
            int late = (completeBlocks - lateStart) / group;
            if (early < MIN_DRIFT_BLOCKS) {
                z[c] = Double.NaN;
                continue;
            }
            double[] means = new double[early + late];
            for (int i = 0; i < means.length; i++) {
                int first = i < early ? lateStart - (early - i) * group : lateStart + (i - early) * group;
                means[i] = windowMean(c, first, first + group);
            }
            double earlyMean = 0.0;
            double lateMean = 0.0;
            for (int i = 0; i < early; i++) {
                earlyMean += means[i] / early;
            }
            for (int i = early; i < means.length; i++) {
                lateMean += means[i] / late;
            }
            double squares = 0.0;
            for (int i = 0; i + 1 < means.length; i++) {
                squares += (means[i + 1] - means[i]) * (means[i + 1] - means[i]);
            }
            double variance = squares / (2.0 * (means.length - 1));
            double difference = lateMean - earlyMean;
            double error = Math.sqrt(variance * (1.0 / early + 1.0 / late));
            z[c] = difference == 0 ? 0.0 : error > 0 ? difference / error : Math.copySign(Double.POSITIVE_INFINITY, difference);
        }
        return z;
    }

    /** Mean of the measurements in the complete blocks [from, to). */
    private double windowMean(int component, int from, int to) {
        double sum = 0.0;
        for (int b = from; b < to; b++) {
            sum += blocks[b][component];
        }
        return sum / ((to - from) * (double) blockLength);
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
