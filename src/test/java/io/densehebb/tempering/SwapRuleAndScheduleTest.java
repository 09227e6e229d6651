package io.densehebb.tempering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The swap acceptance formula, the even/odd schedule, and one uniform draw per proposed pair. */
class SwapRuleAndScheduleTest {

    /** Linear in beta from T = 2 to T = 1/2, so beta = 0.5, 1.0, 1.5, 2.0 for four slots. */
    private static LadderSpec linear(int slots) {
        return new LadderSpec(LadderSpec.Kind.LINEAR_BETA, 0.5, 2.0, slots, List.of());
    }

    @Test
    void acceptanceIsMinOfOneAndExpOfBetaDifferenceTimesEnergyDifference() {
        // the colder slot holding the higher energy: always accepted
        assertThat(SwapRule.acceptanceProbability(0.5, 1.0, -3.0, -1.0)).isEqualTo(1.0);
        assertThat(SwapRule.acceptanceProbability(0.5, 1.0, 2.0, 2.0)).isEqualTo(1.0);
        // the colder slot already holding the lower energy: exp((1.0 - 0.5)(-4 - 0)) = exp(-2)
        assertThat(SwapRule.acceptanceProbability(0.5, 1.0, 0.0, -4.0)).isCloseTo(Math.exp(-2.0), within(1e-15));
        assertThat(SwapRule.acceptanceProbability(0.25, 2.25, 10.0, 7.5)).isCloseTo(Math.exp(-5.0), within(1e-15));
        // underflow gives exactly 0, which no draw in [0, 1) accepts
        assertThat(SwapRule.acceptanceProbability(0.5, 1.0, 0.0, -1e9)).isZero();
        assertThat(SwapRule.accepts(0.0, 0.0)).isFalse();
        assertThat(SwapRule.accepts(1.0, Math.nextDown(1.0))).isTrue();
        assertThat(SwapRule.accepts(0.3, 0.2999)).isTrue();
        assertThat(SwapRule.accepts(0.3, 0.3)).isFalse();
    }

    @Test
    void evenRoundsProposeEvenPairsAndOddRoundsOddPairs() {
        assertThat(SwapSchedule.proposedPairs(0, 7)).containsExactly(0, 2, 4);
        assertThat(SwapSchedule.proposedPairs(41, 7)).containsExactly(1, 3, 5);
        assertThat(SwapSchedule.proposedPairs(2, 6)).containsExactly(0, 2, 4);
        assertThat(SwapSchedule.proposedPairs(3, 6)).containsExactly(1, 3);
        assertThat(SwapSchedule.proposedPairs(0, 2)).containsExactly(0);
        assertThat(SwapSchedule.proposedPairs(1, 2)).as("a two-slot ladder has no odd pair").isEmpty();
        assertThat(SwapSchedule.proposedPairs(0, 1)).isEmpty();
        assertThat(SwapSchedule.proposedPairs(1, 1)).isEmpty();
        assertThat(SwapSchedule.proposedPairs(1L << 40, 3)).containsExactly(0);
        assertThat(SwapSchedule.proposedPairs((1L << 40) + 1, 3)).containsExactly(1);
    }

    @Test
    void exchangeAttemptsExactlyTheScheduledPairsInEveryCopy() {
        ReplicaExchange pt = new ReplicaExchange(linear(5), 3, 1, 0);
        double[][] energies = new double[3][5];
        pt.exchange(0, energies);
        assertThat(pt.report().pairs()).extracting(SwapReport.Pair::attempts).containsExactly(3L, 0L, 3L, 0L);
        pt.exchange(1, energies);
        assertThat(pt.report().pairs()).extracting(SwapReport.Pair::attempts).containsExactly(3L, 3L, 3L, 3L);
        pt.exchange(2, energies);
        assertThat(pt.report().pairs()).extracting(SwapReport.Pair::attempts).containsExactly(6L, 3L, 6L, 3L);
        // equal energies always swap
        assertThat(pt.report().pairs()).allSatisfy(p -> assertThat(p.accepts()).isEqualTo(p.attempts()));
    }

    @Test
    void movesFollowTheAcceptedPairsAndIdentityElsewhere() {
        ReplicaExchange pt = new ReplicaExchange(linear(4), 2, 1, 0);
        // copy 0: energies rise with beta, so every proposed pair swaps; copy 1: the colder slot holds a far lower
        // energy, so nothing swaps
        double[][] energies = {{0, 1, 2, 3}, {0, -1e9, -2e9, -3e9}};
        int[][] even = pt.exchange(0, energies);
        assertThat(even[0]).containsExactly(1, 0, 3, 2);
        assertThat(even[1]).containsExactly(0, 1, 2, 3);
        int[][] odd = pt.exchange(1, energies);
        assertThat(odd[0]).containsExactly(0, 2, 1, 3);
        assertThat(odd[1]).containsExactly(0, 1, 2, 3);
        // copy 0's walkers: after (0,1)(2,3) swaps [1,0,3,2], after the (1,2) swap [1,3,0,2]
        assertThat(new int[] {pt.walkerAt(0, 0), pt.walkerAt(0, 1), pt.walkerAt(0, 2), pt.walkerAt(0, 3)})
                .containsExactly(1, 3, 0, 2);
        assertThat(pt.report().walkerAt(0, 1)).isEqualTo(3);
        assertThat(pt.walkerAt(1, 2)).isEqualTo(2);
    }

    @Test
    void recordedAcceptanceIsTheMetropolisProbabilityAndTheAcceptedFractionMatchesIt() {
        ReplicaExchange pt = new ReplicaExchange(linear(2), 1, 17, 0); // beta 0.5 and 2.0
        double[][] energies = {{0.0, -0.8}}; // exp((2.0 - 0.5)(-0.8)) = exp(-1.2)
        int rounds = 20_000;
        for (int r = 0; r < rounds; r++) {
            pt.exchange(r, energies);
        }
        SwapReport.Pair pair = pt.report().pairs().get(0);
        double p = Math.exp(-1.2);
        assertThat(pair.attempts()).isEqualTo(rounds / 2); // (0,1) only on even rounds
        assertThat(pair.acceptanceRate()).isCloseTo(p, within(1e-12));
        assertThat(pair.rejectionRate()).isCloseTo(1 - p, within(1e-12));
        double sigma = Math.sqrt(p * (1 - p) / pair.attempts());
        assertThat((double) pair.accepts() / pair.attempts()).isCloseTo(p, within(3 * sigma));
    }

    @Test
    void oneUniformIsDrawnPerProposedPairWhateverTheEnergies() {
        ReplicaExchange sure = new ReplicaExchange(linear(4), 2, 99, 0);
        ReplicaExchange never = new ReplicaExchange(linear(4), 2, 99, 0);
        ReplicaExchange random = new ReplicaExchange(linear(4), 2, 99, 0);
        for (int r = 0; r < 25; r++) {
            sure.exchange(r, new double[][] {{0, 1, 2, 3}, {0, 1, 2, 3}});
            never.exchange(r, new double[][] {{0, -1e9, -2e9, -3e9}, {0, -1e9, -2e9, -3e9}});
            random.exchange(r, new double[][] {{0, -0.3 * r, 0.1, -2}, {r, 0, -1, 0.5}});
        }
        assertThat(never.snapshot().rngStates()).isDeepEqualTo(sure.snapshot().rngStates());
        assertThat(random.snapshot().rngStates()).isDeepEqualTo(sure.snapshot().rngStates());
    }

    @Test
    void oneSlotIsANoOp() {
        ReplicaExchange pt = new ReplicaExchange(new LadderSpec(LadderSpec.Kind.GEOMETRIC, 0.0, 0.0, 1, List.of()), 2, 1, 10);
        int[][] moves = pt.exchange(0, new double[][] {{-5}, {3}});
        assertThat(moves).isDeepEqualTo(new int[][] {{0}, {0}});
        assertThat(pt.adaptLadder(0)).isFalse();
        assertThat(pt.temperatures()).containsExactly(0.0);
        SwapReport report = pt.report();
        assertThat(report.pairs()).isEmpty();
        assertThat(report.lambda()).isZero();
        assertThat(report.totalRoundTrips()).isZero();
        assertThat(report.idealRoundTripRate()).isZero();
        assertThat(report.recommendedSlots()).isOne();
    }
}
