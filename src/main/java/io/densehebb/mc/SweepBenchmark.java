package io.densehebb.mc;

import io.densehebb.model.InvalidParameterException;
import io.densehebb.model.Network;
import io.densehebb.model.RandomStreams;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Times bare sweeps of independent chains on one network: the kernel's speed without any
 * orchestration. Each thread owns its chains (its own states and random streams; one chain, or a
 * {@link ReplicaBlock} of several when {@code block > 1}); the couplings are shared. A warm-up lets
 * the JIT compile the sweep before the clock starts.
 */
public final class SweepBenchmark {

    /** What to time. */
    public record Setup(UpdateRule rule, SweepOrder order, double temperature, int threads,
                        double warmupSeconds, double measureSeconds, long seed, KernelChoice kernel, int block,
                        InitialState init) {
        public Setup {
            if (threads < 1) {
                throw new InvalidParameterException("threads", threads, "an integer >= 1");
            }
            if (!(measureSeconds > 0.0)) {
                throw new InvalidParameterException("seconds", measureSeconds, "a number > 0");
            }
            if (!(warmupSeconds >= 0.0)) {
                throw new InvalidParameterException("warmup", warmupSeconds, "a number >= 0");
            }
            if (kernel == null) {
                throw new InvalidParameterException("kernel", null, "one of auto | scalar | reference");
            }
            if (block < 1) {
                throw new InvalidParameterException("block", block, "an integer >= 1");
            }
            if (init == null) {
                throw new InvalidParameterException("init", null, "one of random | archetype | example");
            }
        }

        /** One chain per thread on the automatically chosen kernel. */
        public Setup(UpdateRule rule, SweepOrder order, double temperature, int threads,
                     double warmupSeconds, double measureSeconds, long seed) {
            this(rule, order, temperature, threads, warmupSeconds, measureSeconds, seed, KernelChoice.AUTO, 1,
                    InitialState.RANDOM);
        }
    }

    /**
     * Aggregate figures over all threads; {@code kernel} names the flip kernel the first chain ended on
     * (P = 2 chains move between kernels with their acceptance rate),
     * {@code bytesPerReplica} what one replica holds besides the shared couplings ({@code sharedBytes}):
     * configuration, tracked sums, visiting order and acceptance table. {@code allocatedBytesPerSweep}
     * is what the sweeping threads allocated on the heap during the measurement, per replica sweep
     * (0 for a kernel that allocates nothing once compiled; -1 where the JVM cannot tell).
     */
    public record Result(long sweeps, long attemptedFlips, double seconds, double nsPerFlip,
                         double sweepsPerSecond, double flipsPerSecond, double acceptance,
                         String kernel, long bytesPerReplica, long sharedBytes, double allocatedBytesPerSweep) {
    }

    private SweepBenchmark() {
    }

    public static Result run(Network network, Setup setup) {
        Couplings couplings = new Couplings(network);
        List<ReplicaBlock> owners = new ArrayList<>();
        List<MonteCarloChain> all = new ArrayList<>();
        for (int k = 0; k < setup.threads(); k++) {
            List<MonteCarloChain> mine = new ArrayList<>();
            for (int r = 0; r < setup.block(); r++) {
                long id = (long) k * setup.block() + r;
                byte[] sigma = setup.init().configuration(network, setup.seed(), id);
                mine.add(new MonteCarloChain(SpinState.of(couplings, sigma, setup.kernel()), setup.rule(), setup.order(),
                        setup.temperature(), RandomStreams.create(setup.seed(), RandomStreams.Purpose.DYNAMICS, id)));
            }
            owners.add(new ReplicaBlock(mine));
            all.addAll(mine);
        }
        ExecutorService pool = Executors.newFixedThreadPool(setup.threads(), r -> {
            Thread t = new Thread(r, "bench");
            t.setDaemon(true);
            return t;
        });
        try {
            timeAll(pool, owners, setup.warmupSeconds());
            long[] before = attemptedAndAccepted(all);
            long start = System.nanoTime();
            long[] timed = timeAll(pool, owners, setup.measureSeconds());
            long sweeps = timed[0];
            double seconds = (System.nanoTime() - start) * 1e-9;
            long[] after = attemptedAndAccepted(all);
            long flips = after[0] - before[0];
            long acc = after[1] - before[1];
            double flipsPerSecond = flips / seconds;
            // ns per attempted flip as one core sees it: wall time * threads / flips
            double nsPerFlip = seconds * 1e9 * setup.threads() / flips;
            MonteCarloChain first = all.get(0);
            return new Result(sweeps, flips, seconds, nsPerFlip, sweeps / seconds, flipsPerSecond, acc / (double) flips,
                    first.kernelName(), first.state().bytesPerReplica() + 4L * network.n() + first.acceptanceBytes(),
                    couplings.sharedBytes(), timed[1] < 0 ? -1 : timed[1] / (double) sweeps);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] attemptedAndAccepted(List<MonteCarloChain> chains) {
        long a = 0;
        long b = 0;
        for (MonteCarloChain c : chains) {
            a += c.attempted();
            b += c.accepted();
        }
        return new long[] {a, b};
    }

    /**
     * Every owner sweeps until {@code seconds} have passed; returns the total number of replica sweeps
     * and the bytes the sweeping threads allocated meanwhile (-1 when not measurable).
     */
    private static long[] timeAll(ExecutorService pool, List<ReplicaBlock> owners, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Future<long[]>> futures = new ArrayList<>();
        for (ReplicaBlock owner : owners) {
            futures.add(pool.submit(() -> {
                long allocatedBefore = allocatedByThisThread();
                long sweeps = 0;
                if (owner.size() == 1) {
                    MonteCarloChain chain = owner.chain(0);
                    do {
                        chain.sweep();
                        sweeps++;
                    } while (System.nanoTime() < deadline);
                } else {
                    do {
                        owner.sweep();
                        sweeps += owner.size();
                    } while (System.nanoTime() < deadline);
                }
                long allocatedAfter = allocatedByThisThread();
                return new long[] {sweeps, allocatedBefore < 0 || allocatedAfter < 0 ? -1 : allocatedAfter - allocatedBefore};
            }));
        }
        long total = 0;
        long allocated = 0;
        for (Future<long[]> f : futures) {
            try {
                long[] r = f.get();
                total += r[0];
                allocated = allocated < 0 || r[1] < 0 ? -1 : allocated + r[1];
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("benchmark interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("benchmark chain failed", e.getCause());
            }
        }
        return new long[] {total, allocated};
    }

    /** Heap bytes this thread has allocated so far, or -1 where the JVM does not count them. */
    private static long allocatedByThisThread() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
            return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return -1;
    }
}
