package io.densehebb.run;

import io.densehebb.config.RunConfig;
import io.densehebb.model.ModelKind;
import io.densehebb.model.NetworkSpec;
import java.util.Locale;

/**
 * The heap a configuration needs, estimated from its sizes before anything is built, so that a run
 * too large for the JVM is refused in one line instead of dying minutes later with an
 * OutOfMemoryError. The parts follow the data structures: the dataset (archetypes and examples, one
 * byte per entry, and the int class sums), the couplings (one byte per weight when the weights are
 * +-1, else an int, rows padded to 64 terms), the P = 2 local-field kernel's N x N int matrix, and per
 * replica its spins, its tracked power sums and the snapshots of it in flight (about four at a time:
 * its own, the coordinator's latest and this round's, and a checkpoint's). It errs on the high side
 * by the fixed overhead of the JVM, the actors and the plots.
 *
 * @param dataset   bytes of archetypes, examples and class sums
 * @param couplings bytes of the shared weights and the field kernel's matrix
 * @param replicas  bytes of all replicas together
 * @param overhead  the fixed part
 */
public record MemoryEstimate(long dataset, long couplings, long replicas, long overhead) {

    /** The JVM, Pekko, the theory and the plots of a small run, measured with room to spare. */
    static final long OVERHEAD = 160L << 20;
    private static final int ROW_ALIGNMENT = 64;
    private static final int SNAPSHOTS_PER_REPLICA = 4;

    /** The estimate for a run: every (copy, slot) is one replica. */
    public static MemoryEstimate forRun(RunConfig config) {
        return of(config.network(), (long) config.copies() * config.ladder().initialBetas().length);
    }

    public static MemoryEstimate of(NetworkSpec spec, long replicaCount) {
        long n = spec.N();
        long k = spec.K();
        long m = spec.M();
        long terms = spec.kind() == ModelKind.UNSUPERVISED ? k * m : k;
        long stride = (terms + ROW_ALIGNMENT - 1) / ROW_ALIGNMENT * ROW_ALIGNMENT;
        boolean plusMinusOne = spec.kind() != ModelKind.SUPERVISED || m == 1;
        long dataset = k * n + k * m * n + 4 * k * n;
        long couplings = plusMinusOne ? n * stride : 4 * n * stride + 8 * n;
        if (spec.P() == 2 && plusMinusOne) {
            couplings += 4 * n * n + n * ((terms + 63) / 64) * 8;
        }
        long sums = 8 * terms * (spec.P() / 2 + 1);
        long replica = SNAPSHOTS_PER_REPLICA * (n + sums) + 12 * n;
        return new MemoryEstimate(dataset, couplings, replicaCount * replica, OVERHEAD);
    }

    public long total() {
        return dataset + couplings + replicas + overhead;
    }

    /**
     * @param maxHeap the JVM's limit ({@link Runtime#maxMemory()})
     * @throws InsufficientMemoryException when the estimate exceeds it
     */
    public void requireAtMost(long maxHeap) {
        if (total() <= maxHeap) {
            return;
        }
        long suggestedGb = (long) Math.ceil(total() * 1.25 / (1L << 30));
        throw new InsufficientMemoryException(String.format(Locale.ROOT,
                "this configuration needs about %s of memory (dataset %s, couplings %s, replicas %s, overhead %s), more than the"
                        + " %s this JVM may use: raise the limit with DENSEHEBB_JAVA_OPTS=-Xmx%dg (if the machine has that much"
                        + " free), or make densehebb.model.K, M or N smaller",
                bytes(total()), bytes(dataset), bytes(couplings), bytes(replicas), bytes(overhead), bytes(maxHeap), suggestedGb));
    }

    /** The run refused before it starts: too large for the JVM's heap. */
    public static final class InsufficientMemoryException extends RuntimeException {
        public InsufficientMemoryException(String message) {
            super(message);
        }
    }

    static String bytes(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.0f MB", bytes / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%.0f kB", bytes / 1024.0);
    }
}
