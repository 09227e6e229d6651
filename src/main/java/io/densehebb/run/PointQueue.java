package io.densehebb.run;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The order in which a sweep starts its runs, and how many run at once. Largest first (by estimated
 * cost), so that a long run never starts last and leaves a core idle at the end; ties in
 * enumeration order. Each run starts as soon as any other finishes: no run waits for an unrelated
 * one. The order only decides when a run happens, never what it computes.
 */
public final class PointQueue {

    private final Deque<Integer> pending;
    private final int parallel;
    private int running;

    /**
     * @param cost     the estimated cost of each run, by index
     * @param todo     the indices still to run
     * @param parallel runs in flight at most, >= 1
     */
    public PointQueue(double[] cost, List<Integer> todo, int parallel) {
        if (parallel < 1) {
            throw new IllegalArgumentException("parallel must be >= 1, not " + parallel);
        }
        this.parallel = parallel;
        this.pending = new ArrayDeque<>(todo.stream()
                .sorted(Comparator.comparingDouble((Integer i) -> -cost[i]).thenComparing(i -> i)).toList());
    }

    /**
     * Runs in flight for a thread budget: two per thread, so that while one run's replicas wait at
     * their round barrier another run's replicas keep the thread busy (a round at N = 64 lasts
     * microseconds), and a large run alone still has every thread.
     */
    public static int parallelFor(int threads) {
        return 2 * Math.max(1, threads);
    }

    /** The next run to start, or -1 when none may start now (all in flight, or none left). */
    public int next() {
        if (running >= parallel || pending.isEmpty()) {
            return -1;
        }
        running++;
        return pending.poll();
    }

    public void finished() {
        running--;
    }

    public boolean done() {
        return pending.isEmpty() && running == 0;
    }

    public int running() {
        return running;
    }

    public int left() {
        return pending.size();
    }

    static List<Integer> all(int count) {
        return IntStream.range(0, count).boxed().toList();
    }
}
