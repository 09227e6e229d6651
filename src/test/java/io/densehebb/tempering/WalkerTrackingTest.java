package io.densehebb.tempering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Walkers and round trips on scripted swaps. Energies that rise with beta force every proposed swap
 * (exp(positive) >= 1); a colder slot holding an energy lower by 1e9 forbids it (exp underflows to 0).
 */
class WalkerTrackingTest {

    private static final double FORBID = -1e9;

    private static ReplicaExchange ladder(int slots) {
        return new ReplicaExchange(new LadderSpec(LadderSpec.Kind.GEOMETRIC, 0.5, 2.0, slots, List.of()), 1, 5, 0);
    }

    /** Energies for a 3-slot ladder that accept pair (0,1) when {@code low} and pair (1,2) when {@code high}. */
    private static double[][] script(boolean low, boolean high) {
        double e1 = low ? 1.0 : FORBID;
        double e2 = high ? e1 + 1.0 : e1 + FORBID;
        return new double[][] {{0.0, e1, e2}};
    }

    private static int[] walkers(ReplicaExchange pt) {
        int[] w = new int[pt.slots()];
        for (int k = 0; k < w.length; k++) {
            w[k] = pt.walkerAt(0, k);
        }
        return w;
    }

    @Test
    void aRoundTripIsColdestToHottestToColdest() {
        ReplicaExchange pt = ladder(3);
        // round: pair proposed -> accepted? ; walkers by slot afterwards
        pt.exchange(0, script(true, true)); // (0,1) swaps
        assertThat(walkers(pt)).containsExactly(1, 0, 2);
        pt.exchange(1, script(true, true)); // (1,2) swaps: walker 0 reaches the coldest slot for the first time
        assertThat(walkers(pt)).containsExactly(1, 2, 0);
        pt.exchange(2, script(true, true)); // (0,1) swaps: walker 2 went coldest -> hottest
        assertThat(walkers(pt)).containsExactly(2, 1, 0);
        pt.exchange(3, script(true, false)); // (1,2) refused
        pt.exchange(4, script(false, true)); // (0,1) refused
        assertThat(walkers(pt)).containsExactly(2, 1, 0);
        assertThat(pt.report().totalRoundTrips()).isZero();
        pt.exchange(5, script(true, true)); // (1,2): walker 1 touches the coldest slot first time, no trip
        assertThat(walkers(pt)).containsExactly(2, 0, 1);
        pt.exchange(6, script(true, true)); // (0,1): walker 0 coldest -> hottest
        assertThat(walkers(pt)).containsExactly(0, 2, 1);
        assertThat(pt.report().totalRoundTrips()).isZero();
        pt.exchange(7, script(true, true)); // (1,2): walker 2 is back at the coldest slot: one round trip
        assertThat(walkers(pt)).containsExactly(0, 1, 2);

        SwapReport report = pt.report();
        assertThat(report.copies().get(0).roundTripsByWalker()).containsExactly(0L, 0L, 1L);
        assertThat(report.totalRoundTrips()).isOne();
        assertThat(report.rounds()).isEqualTo(8);
        assertThat(report.roundTripRate()).isEqualTo(1.0 / 8);
        // the pair statistics saw 4 proposals of each pair, one refusal each
        assertThat(report.pairs()).extracting(SwapReport.Pair::attempts).containsExactly(4L, 4L);
        assertThat(report.pairs()).extracting(SwapReport.Pair::accepts).containsExactly(3L, 3L);
    }

    @Test
    void aWalkerStartingAtTheHotEndMustFirstReachTheColdEnd() {
        ReplicaExchange pt = ladder(2);
        pt.exchange(0, new double[][] {{0, 1}}); // walker 0 (started hottest) reaches the coldest slot: not a trip
        assertThat(pt.report().totalRoundTrips()).isZero();
        pt.exchange(1, new double[][] {{0, 1}}); // odd round: no pair in a 2-slot ladder
        pt.exchange(2, new double[][] {{0, 1}}); // walker 1 back at the coldest slot: coldest -> hottest -> coldest
        assertThat(pt.report().copies().get(0).roundTripsByWalker()).containsExactly(0L, 1L);
    }

    @Test
    void whenEverySwapIsAcceptedTheRateIsOneHalfAsForLambdaZero() {
        for (int slots = 2; slots <= 7; slots++) {
            ReplicaExchange pt = ladder(slots);
            double[][] rising = new double[1][slots];
            for (int k = 0; k < slots; k++) {
                rising[0][k] = k;
            }
            int rounds = 1000 * slots;
            for (int r = 0; r < rounds; r++) {
                pt.exchange(r, rising);
            }
            SwapReport report = pt.report();
            // each walker zig-zags with period 2L rounds, so L walkers complete rounds/2 trips, up to one partial
            // trip at each end of the run per walker
            assertThat(Math.abs(report.totalRoundTrips() - rounds / 2.0)).as("L=%d", slots).isLessThanOrEqualTo(2.0 * slots);
            assertThat(report.lambda()).isZero();
            assertThat(report.idealRoundTripRate()).isEqualTo(0.5);
            assertThat(report.predictedRoundTripRate()).isEqualTo(0.5);
            double perWalker = rounds / (2.0 * slots);
            assertThat(report.copies().get(0).roundTripsByWalker())
                    .allSatisfy(n -> assertThat((double) n).isCloseTo(perWalker, within(2.0)));
        }
    }

    @Test
    void resetClearsCountsButKeepsWalkersAndTripsUnderWay() {
        ReplicaExchange pt = ladder(2);
        pt.exchange(0, new double[][] {{0, 1}}); // walkers [1, 0]: walker 1 coldest -> hottest
        pt.resetStatistics();
        SwapReport cleared = pt.report();
        assertThat(cleared.rounds()).isZero();
        assertThat(cleared.pairs().get(0).attempts()).isZero();
        assertThat(cleared.lambda()).isNaN();
        assertThat(cleared.roundTripRate()).isNaN();
        assertThat(pt.walkerAt(0, 0)).isEqualTo(1);
        pt.exchange(2, new double[][] {{0, 1}}); // walker 1 completes the trip it began before the reset
        assertThat(pt.report().totalRoundTrips()).isOne();
        assertThat(pt.report().rounds()).isOne();
    }

    @Test
    void descentsCountFreshArrivalsFromTheHotEndOncePerExcursion() {
        ReplicaExchange pt = ladder(3);
        pt.exchange(0, script(true, true)); // (0,1): walker 0 (started hottest) reaches slot 1; walker 1 reaches the hot end
        assertThat(pt.report().copies().get(0).descentsBySlot()).containsExactly(0L, 1L, 0L);
        pt.exchange(1, script(true, true)); // (1,2): walker 0 reaches the coldest slot
        assertThat(pt.report().copies().get(0).descentsBySlot()).containsExactly(0L, 1L, 1L);
        pt.exchange(2, script(true, true)); // (0,1): walker 1 leaves the hot end for slot 1, walker 2 reaches the hot end
        assertThat(pt.report().descents(1)).isEqualTo(2);
        pt.exchange(3, script(false, true)); // (1,2): walker 1 to the coldest slot, walker 0 up to slot 1 (not a descent)
        assertThat(walkers(pt)).containsExactly(2, 0, 1);
        assertThat(pt.report().descents(1)).isEqualTo(2);
        assertThat(pt.report().descents(2)).isEqualTo(2);
        pt.exchange(4, script(true, true)); // (0,1): walker 2 comes down to slot 1, walker 0 back at the hot end
        assertThat(walkers(pt)).containsExactly(0, 2, 1);
        assertThat(pt.report().descents(1)).isEqualTo(3);
        pt.exchange(6, script(false, true)); // (0,1) refused: walker 2 stays at slot 1, which it has already reached
        assertThat(pt.report().descents(1)).isEqualTo(3);
        assertThat(pt.report().descents(0)).isZero();
        pt.resetStatistics();
        assertThat(pt.report().descents(1)).isZero();
        pt.exchange(7, script(true, true)); // (1,2): walker 2 goes on down; the excursion under way still counts
        assertThat(pt.report().descents(2)).isOne();
        assertThat(pt.report().descents(1)).isZero();
    }

    @Test
    void whenEverySwapIsAcceptedEverySlotReceivesOneDescentPerPeriod() {
        int slots = 5;
        ReplicaExchange pt = ladder(slots);
        double[][] rising = {{0, 1, 2, 3, 4}};
        int rounds = 200 * slots;
        for (int r = 0; r < rounds; r++) {
            pt.exchange(r, rising);
        }
        // every walker zig-zags with period 2L and passes each slot once on each way down: rounds / 2L per walker
        for (int k = 1; k < slots; k++) {
            assertThat((double) pt.report().descents(k)).as("slot %d", k).isCloseTo(rounds / 2.0, within((double) slots));
        }
    }
}
