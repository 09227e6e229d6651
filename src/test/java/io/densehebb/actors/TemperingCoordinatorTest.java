package io.densehebb.actors;

import io.densehebb.run.RunPlan;
import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.mc.ChainState;
import io.densehebb.mc.SpinState;
import io.densehebb.tempering.LadderSpec;
import io.densehebb.tempering.ReplicaExchange;
import java.time.Duration;
import java.util.List;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The coordinator's protocol, with probes in place of the replicas: it starts a round only when every
 * replica is ready, moves configurations on accepted swaps, reports each round boundary, and replays
 * the round of a replica that restarted.
 */
class TemperingCoordinatorTest {

    private static final ActorTestKit KIT = ActorTestKit.create(ActorTesting.serializeEverything());
    private static final int COPIES = 2;
    private static final int SLOTS = 2;

    @AfterAll
    static void shutdown() {
        KIT.shutdownTestKit();
    }

    private record Harness(ActorRef<TemperingCoordinator.Command> coordinator,
                           TestProbe<ReplicaActor.Command>[][] replicas,
                           TestProbe<OverlapCoordinator.Command> overlaps,
                           TestProbe<RunGuardian.Command> guardian) {
    }

    @SuppressWarnings("unchecked")
    private static Harness start(long totalRounds) {
        RunPlan plan = new RunPlan(COPIES, SLOTS, 3, 1, totalRounds, 1);
        ReplicaExchange exchange = new ReplicaExchange(new LadderSpec(LadderSpec.Kind.GEOMETRIC, 0.5, 1.0, SLOTS, List.of()),
                COPIES, 5, 1);
        TestProbe<OverlapCoordinator.Command> overlaps = KIT.createTestProbe();
        TestProbe<RunGuardian.Command> guardian = KIT.createTestProbe();
        ActorRef<TemperingCoordinator.Command> coordinator = KIT.spawn(
                TemperingCoordinator.create(plan, exchange, 0, null, overlaps.getRef(), guardian.getRef()));
        TestProbe<ReplicaActor.Command>[][] replicas = new TestProbe[COPIES][SLOTS];
        for (int c = 0; c < COPIES; c++) {
            for (int k = 0; k < SLOTS; k++) {
                replicas[c][k] = KIT.createTestProbe();
            }
        }
        return new Harness(coordinator, replicas, overlaps, guardian);
    }

    private static void allReady(Harness h) {
        for (int c = 0; c < COPIES; c++) {
            for (int k = 0; k < SLOTS; k++) {
                h.replicas[c][k].expectNoMessage(Duration.ofMillis(20));
                h.coordinator.tell(new TemperingCoordinator.ReplicaReady(c, k, h.replicas[c][k].getRef()));
            }
        }
    }

    private static ChainState state(long marker) {
        return new ChainState(new SpinState.Snapshot(new long[] {marker}, new long[] {marker}, new double[0]),
                new byte[] {(byte) marker}, marker, 0);
    }

    @Test
    void movesConfigurationsOnAcceptedSwapsAndReportsEveryRound() {
        Harness h = start(2);
        allReady(h);
        ReplicaActor.RunRound[][] orders = new ReplicaActor.RunRound[COPIES][SLOTS];
        for (int c = 0; c < COPIES; c++) {
            for (int k = 0; k < SLOTS; k++) {
                orders[c][k] = h.replicas[c][k].expectMessageClass(ReplicaActor.RunRound.class);
                assertThat(orders[c][k].round()).isZero();
                assertThat(orders[c][k].incoming()).isNull();
                assertThat(orders[c][k].measure()).isFalse(); // round 0 is burn-in
            }
        }
        assertThat(orders[0][0].temperature()).isEqualTo(1.0); // slot 0 is the hottest
        assertThat(orders[0][1].temperature()).isEqualTo(0.5);
        // the colder slot has the higher energy: (beta_1 - beta_0)(E_1 - E_0) > 0, the swap is certain
        for (int c = 0; c < COPIES; c++) {
            for (int k = 0; k < SLOTS; k++) {
                double energy = k == 0 ? -10.0 : 10.0;
                h.coordinator.tell(new TemperingCoordinator.RoundDone(c, k, 0, 0, energy, null, state(10L * c + k)));
            }
        }
        assertThat(h.overlaps.expectMessageClass(OverlapCoordinator.RoundMeasured.class).samples()).isNull();
        RunGuardian.RoundFinished first = h.guardian.expectMessageClass(RunGuardian.RoundFinished.class);
        assertThat(first.round()).isZero();
        assertThat(first.snapshot()).isNull();
        for (int c = 0; c < COPIES; c++) {
            ReplicaActor.RunRound hot = h.replicas[c][0].expectMessageClass(ReplicaActor.RunRound.class);
            ReplicaActor.RunRound cold = h.replicas[c][1].expectMessageClass(ReplicaActor.RunRound.class);
            assertThat(hot.round()).isEqualTo(1);
            assertThat(hot.measure()).isTrue();
            assertThat(hot.incoming().spins()).containsExactly(10L * c + 1);
            assertThat(cold.incoming().spins()).containsExactly(10L * c);
        }
    }

    @Test
    void replaysTheRoundOfARestartedReplicaFromItsLastState() {
        Harness h = start(3);
        allReady(h);
        for (int c = 0; c < COPIES; c++) {
            for (int k = 0; k < SLOTS; k++) {
                h.replicas[c][k].expectMessageClass(ReplicaActor.RunRound.class);
                // equal energies: every proposed swap is accepted (probability exp(0) = 1)
                h.coordinator.tell(new TemperingCoordinator.RoundDone(c, k, 0, 0, 0.0, null, state(10L * c + k)));
            }
        }
        h.guardian.expectMessageClass(RunGuardian.RoundFinished.class);
        ReplicaActor.RunRound order = h.replicas[1][1].expectMessageClass(ReplicaActor.RunRound.class);
        // replica (1,1) fails during round 1 and comes back as a fresh actor
        TestProbe<ReplicaActor.Command> reborn = KIT.createTestProbe();
        h.coordinator.tell(new TemperingCoordinator.ReplicaReady(1, 1, reborn.getRef()));
        ReplicaActor.Restore restore = reborn.expectMessageClass(ReplicaActor.Restore.class);
        assertThat(restore.state().configuration().spins()).containsExactly(11L);
        ReplicaActor.RunRound replay = reborn.expectMessageClass(ReplicaActor.RunRound.class);
        assertThat(replay.round()).isEqualTo(order.round());
        assertThat(replay.attempt()).isEqualTo(1);
        assertThat(replay.incoming().spins()).isEqualTo(order.incoming().spins());
        // the other replicas finish round 1; the failed attempt's late reply must not complete the round
        for (int c = 0; c < COPIES; c++) {
            for (int k = 0; k < SLOTS; k++) {
                if (c != 1 || k != 1) {
                    h.replicas[c][k].expectMessageClass(ReplicaActor.RunRound.class);
                    h.coordinator.tell(new TemperingCoordinator.RoundDone(c, k, 1, 0, 0.0, null, state(20L + 10L * c + k)));
                }
            }
        }
        h.coordinator.tell(new TemperingCoordinator.RoundDone(1, 1, 1, 0, 0.0, null, state(99)));
        h.guardian.expectNoMessage(Duration.ofMillis(100));
        reborn.expectNoMessage(Duration.ofMillis(20));
        // the replay's reply completes it, and its state (not the stale one) is what the run keeps
        h.coordinator.tell(new TemperingCoordinator.RequestSnapshot());
        h.coordinator.tell(new TemperingCoordinator.RoundDone(1, 1, 1, 1, 0.0, null, state(31)));
        RunGuardian.RoundFinished finished = h.guardian.expectMessageClass(RunGuardian.RoundFinished.class);
        assertThat(finished.round()).isEqualTo(1);
        // round 1 is odd: with two slots no pair is proposed, so each slot keeps its own state
        assertThat(finished.snapshot().chains()[1][1].configuration().spins()).containsExactly(31L);
        assertThat(finished.snapshot().chains()[0][1].configuration().spins()).containsExactly(21L);
        assertThat(reborn.expectMessageClass(ReplicaActor.RunRound.class).round()).isEqualTo(2);
    }

    @Test
    void attachesASnapshotWhenAskedAndEndsWithTheReport() {
        Harness h = start(1);
        allReady(h);
        h.coordinator.tell(new TemperingCoordinator.RequestSnapshot());
        for (int c = 0; c < COPIES; c++) {
            for (int k = 0; k < SLOTS; k++) {
                h.replicas[c][k].expectMessageClass(ReplicaActor.RunRound.class);
                h.coordinator.tell(new TemperingCoordinator.RoundDone(c, k, 0, 0, k == 0 ? -1.0 : 1.0, null, state(10L * c + k)));
            }
        }
        h.overlaps.expectMessageClass(OverlapCoordinator.RoundMeasured.class);
        assertThat(h.overlaps.expectMessageClass(OverlapCoordinator.SnapshotRequest.class).round()).isZero();
        assertThat(h.overlaps.expectMessageClass(OverlapCoordinator.SummaryRequest.class).round()).isZero();
        RunGuardian.RoundFinished last = h.guardian.expectMessageClass(RunGuardian.RoundFinished.class);
        assertThat(last.snapshot()).isNotNull();
        // the snapshot holds each slot's chain as the next round would start it: the swapped configuration
        assertThat(last.snapshot().chains()[0][0].configuration().spins()).containsExactly(1L);
        assertThat(last.snapshot().chains()[0][0].rngState()).containsExactly((byte) 0);
        RunGuardian.TemperingFinished finished = h.guardian.expectMessageClass(RunGuardian.TemperingFinished.class);
        assertThat(finished.temperatures()).containsExactly(1.0, 0.5);
        assertThat(finished.report().pairs()).hasSize(1);
    }
}
