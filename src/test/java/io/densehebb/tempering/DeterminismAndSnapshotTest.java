package io.densehebb.tempering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.densehebb.model.InvalidParameterException;
import io.densehebb.model.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * The seed and the energies fix every decision, and a snapshot (also after a trip through JSON) continues
 * bit for bit, across a ladder adaptation and the end of the burn-in.
 */
class DeterminismAndSnapshotTest {

    private static final BoltzmannToy SPINS = BoltzmannToy.spinsInField(20, 1.0);
    private static final int SLOTS = 6;
    private static final int COPIES = 3;
    private static final int BURN_IN = 2000; // adaptation after rounds 124, 249, 499, 999
    private static final int ROUNDS = 3000;

    private static final LadderSpec SPEC = new LadderSpec(LadderSpec.Kind.ADAPTIVE, 0.5, 5.0, SLOTS, List.of());

    /** One recorded run: the energies fed in each round, the moves and adaptation answers returned. */
    record Recording(List<double[][]> energies, List<int[][]> moves, List<Boolean> adapted, SwapReport report,
                     ReplicaExchange.Snapshot end) {
    }

    /** Drives the spins toy (slot configurations follow the moves; each slot redrawn with probability 1/2). */
    private static Recording record(long seed) {
        ReplicaExchange pt = new ReplicaExchange(SPEC, COPIES, seed, BURN_IN);
        UniformRandomProvider rng = RandomStreams.create(seed, RandomStreams.Purpose.DYNAMICS, 0);
        int[][] state = new int[COPIES][SLOTS];
        List<double[][]> energies = new ArrayList<>();
        List<int[][]> moves = new ArrayList<>();
        List<Boolean> adapted = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            double[] betas = pt.betas();
            double[][] e = new double[COPIES][SLOTS];
            for (int c = 0; c < COPIES; c++) {
                for (int k = 0; k < SLOTS; k++) {
                    if (rng.nextBoolean()) {
                        state[c][k] = SPINS.sampler(betas[k]).sample(rng);
                    }
                    e[c][k] = SPINS.energy(state[c][k]);
                }
            }
            int[][] m = pt.exchange(r, e);
            for (int c = 0; c < COPIES; c++) {
                int[] before = state[c].clone();
                for (int k = 0; k < SLOTS; k++) {
                    state[c][k] = before[m[c][k]];
                }
            }
            energies.add(e);
            moves.add(m);
            adapted.add(pt.adaptLadder(r));
            if (r == BURN_IN - 1) {
                pt.resetStatistics();
            }
        }
        return new Recording(energies, moves, adapted, pt.report(), pt.snapshot());
    }

    @Test
    void sameSeedAndEnergiesGiveTheSameMoves() {
        Recording a = record(11);
        Recording b = record(11);
        for (int r = 0; r < ROUNDS; r++) {
            assertThat(b.moves.get(r)).as("round %d", r).isDeepEqualTo(a.moves.get(r));
        }
        assertThat(b.adapted).isEqualTo(a.adapted);
        assertThat(b.report).isEqualTo(a.report);
        assertThat(b.end).isEqualTo(a.end).hasSameHashCodeAs(a.end);
        assertThat(a.adapted.stream().filter(changed -> changed).count()).as("adaptations").isEqualTo(4);
        assertThat(record(12).end.walkerAtSlot()).isNotEqualTo(a.end.walkerAtSlot());
    }

    @Test
    void restoringASnapshotContinuesExactlyAsTheUninterruptedRun() throws Exception {
        Recording full = record(21);
        ObjectMapper json = new ObjectMapper();
        // stop once in the middle of the adaptation, once after the burn-in
        for (int stop : new int[] {300, 2500}) {
            ReplicaExchange pt = new ReplicaExchange(SPEC, COPIES, 21, BURN_IN);
            for (int r = 0; r < stop; r++) {
                pt.exchange(r, full.energies.get(r));
                pt.adaptLadder(r);
                if (r == BURN_IN - 1) {
                    pt.resetStatistics();
                }
            }
            ReplicaExchange.Snapshot saved = pt.snapshot();
            String text = json.writeValueAsString(saved);
            ReplicaExchange.Snapshot read = json.readValue(text, ReplicaExchange.Snapshot.class);
            assertThat(read).isEqualTo(saved);
            ReplicaExchange resumed = ReplicaExchange.restore(read);
            assertThat(resumed.report()).isEqualTo(pt.report());
            for (int r = stop; r < ROUNDS; r++) {
                assertThat(resumed.exchange(r, full.energies.get(r))).as("round %d after a stop at %d", r, stop)
                        .isDeepEqualTo(full.moves.get(r));
                assertThat(resumed.adaptLadder(r)).isEqualTo(full.adapted.get(r));
                if (r == BURN_IN - 1) {
                    resumed.resetStatistics();
                }
            }
            assertThat(resumed.report()).isEqualTo(full.report);
            assertThat(resumed.snapshot()).isEqualTo(full.end);
        }
        // reports travel in messages too
        assertThat(json.readValue(json.writeValueAsString(full.report), SwapReport.class)).isEqualTo(full.report);
    }

    @Test
    void eachCopyDrawsFromItsOwnStream() {
        // copy 0 decides the same whether it runs alone or with two more copies
        ReplicaExchange alone = new ReplicaExchange(SPEC, 1, 8, 0);
        ReplicaExchange three = new ReplicaExchange(SPEC, 3, 8, 0);
        double[] e = {0, -0.5, -1.2, -1.5, -2.6, -3.0};
        for (int r = 0; r < 200; r++) {
            int[][] one = alone.exchange(r, new double[][] {e});
            int[][] all = three.exchange(r, new double[][] {e, e, e});
            assertThat(all[0]).isEqualTo(one[0]);
        }
        assertThat(three.snapshot().rngStates()[0]).isEqualTo(alone.snapshot().rngStates()[0]);
        assertThat(three.snapshot().rngStates()[0]).isEqualTo(
                RandomStreams.saveState(advance(RandomStreams.create(8, RandomStreams.Purpose.TEMPERING, 0), 200 / 2 * 3 + 200 / 2 * 2)));
    }

    private static RestorableUniformRandomProvider advance(RestorableUniformRandomProvider rng, int draws) {
        for (int i = 0; i < draws; i++) {
            rng.nextDouble();
        }
        return rng;
    }

    @Test
    void inconsistentSnapshotsAreRefused() {
        ReplicaExchange.Snapshot good = new ReplicaExchange(SPEC, 2, 1, 10).snapshot();
        assertThatThrownBy(() -> new ReplicaExchange.Snapshot(good.adaptive(), good.burnInRounds(), new double[] {2.0, 1.0},
                good.rngStates(), good.lastRound(), good.roundsCounted(), new long[1], new long[1], new double[1],
                new int[][] {{0, 1}, {0, 1}}, new int[][] {{0, 1}, {0, 1}}, new long[2][2], new int[][] {{0, -1}, {0, -1}},
                new long[2][2], 0, new long[0], new double[0][], new double[0]))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("strictly ascending");
        int[][] notAPermutation = good.walkerAtSlot().clone();
        notAPermutation[1] = new int[SLOTS]; // every slot holding walker 0
        assertThatThrownBy(() -> new ReplicaExchange.Snapshot(good.adaptive(), good.burnInRounds(), good.betas(), good.rngStates(),
                good.lastRound(), good.roundsCounted(), good.attempts(), good.accepts(), good.acceptanceProbabilitySum(),
                notAPermutation, good.lastEnd(), good.roundTrips(), good.deepestSinceHot(), good.descents(), good.adaptationsDone(), good.adaptationRounds(),
                good.adaptationBetas(), good.adaptationLambdas()))
                .isInstanceOf(InvalidParameterException.class);
    }
}
