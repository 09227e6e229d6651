package io.densehebb.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of a sweep's runs: largest first, at most `parallel` in flight, a new one as soon as any ends. */
class PointQueueTest {

    @Test
    void largestRunsStartFirstAndTiesKeepTheirOrder() {
        PointQueue queue = new PointQueue(new double[] {5, 9, 5, 1, 9}, List.of(0, 1, 2, 3, 4), 10);
        List<Integer> started = new ArrayList<>();
        for (int i = queue.next(); i >= 0; i = queue.next()) {
            started.add(i);
        }
        assertThat(started).containsExactly(1, 4, 0, 2, 3);
    }

    @Test
    void aRunStartsAsSoonAsAnyOtherEnds() {
        PointQueue queue = new PointQueue(new double[] {1, 1, 1}, List.of(0, 1, 2), 2);
        assertThat(queue.next()).isZero();
        assertThat(queue.next()).isEqualTo(1);
        assertThat(queue.next()).isEqualTo(-1);
        queue.finished();
        assertThat(queue.next()).isEqualTo(2);
        assertThat(queue.done()).isFalse();
        queue.finished();
        queue.finished();
        assertThat(queue.done()).isTrue();
    }

    @Test
    void onlyTheRunsLeftAreQueued() {
        PointQueue queue = new PointQueue(new double[] {1, 2, 3}, List.of(0, 2), 4);
        assertThat(queue.next()).isEqualTo(2);
        assertThat(queue.next()).isZero();
        assertThat(queue.next()).isEqualTo(-1);
        assertThat(PointQueue.parallelFor(2)).isEqualTo(4);
    }
}
