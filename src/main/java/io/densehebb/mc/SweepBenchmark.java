package io.densehebb.mc;

import io.densehebb.model.InvalidParameterException;
import io.densehebb.model.Network;
import io.densehebb.model.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Times bare sweeps of independent chains on one network: the kernel's speed without any
 * orchestration. Each thread owns one chain (its own state and random stream); the couplings are
 * shared. A warm-up lets the JIT compile the sweep before the clock starts.
 */
public final class SweepBenchmark {

    /** What to time. */
    public record Setup(UpdateRule rule, SweepOrder order, double temperature, int threads,
                        double warmupSeconds, double measureSeconds, long seed) {
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
        }
    }

    /** Aggregate figures over all threads. */
    public record Result(long sweeps, long attemptedFlips, double seconds, double nsPerFlip,
                         double sweepsPerSecond, double flipsPerSecond, double acceptance) {
    }

    private SweepBenchmark() {
    }

    public static Result run(Network network, Setup setup) {
        Couplings couplings = new Couplings(network);
        List<MonteCarloChain> chains = new ArrayList<>();
        for (int k = 0; k < setup.threads(); k++) {
            var init = RandomStreams.create(setup.seed(), RandomStreams.Purpose.INITIAL_STATE, k);
            byte[] sigma = new byte[network.n()];
            for (int i = 0; i < sigma.length; i++) {
                sigma[i] = init.nextBoolean() ? (byte) 1 : (byte) -1;
            }
            chains.add(new MonteCarloChain(SpinState.of(couplings, sigma), setup.rule(), setup.order(),
                    setup.temperature(), RandomStreams.create(setup.seed(), RandomStreams.Purpose.DYNAMICS, k)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(setup.threads(), r -> {
            Thread t = new Thread(r, "bench");
            t.setDaemon(true);
            return t;
        });
        try {
            timeAll(pool, chains, setup.warmupSeconds());
            long[] before = attemptedAndAccepted(chains);
            long start = System.nanoTime();
            long sweeps = timeAll(pool, chains, setup.measureSeconds());
            double seconds = (System.nanoTime() - start) * 1e-9;
            long[] after = attemptedAndAccepted(chains);
            long flips = after[0] - before[0];
            long acc = after[1] - before[1];
            double flipsPerSecond = flips / seconds;
            // ns per attempted flip as one core sees it: wall time * threads / flips
            double nsPerFlip = seconds * 1e9 * setup.threads() / flips;
            return new Result(sweeps, flips, seconds, nsPerFlip, sweeps / seconds, flipsPerSecond, acc / (double) flips);
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

    /** Every chain sweeps until {@code seconds} have passed; returns the total number of sweeps. */
    private static long timeAll(ExecutorService pool, List<MonteCarloChain> chains, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Future<Long>> futures = new ArrayList<>();
        for (MonteCarloChain chain : chains) {
            futures.add(pool.submit(() -> {
                long sweeps = 0;
                do {
                    chain.sweep();
                    sweeps++;
                } while (System.nanoTime() < deadline);
                return sweeps;
            }));
        }
        long total = 0;
        for (Future<Long> f : futures) {
            try {
                total += f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("benchmark interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("benchmark chain failed", e.getCause());
            }
        }
        return total;
    }
}
