package io.densehebb.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.mc.ChainState;
import io.densehebb.mc.Couplings;
import io.densehebb.mc.InitialState;
import io.densehebb.mc.SpinState;
import io.densehebb.mc.SweepOrder;
import io.densehebb.mc.UpdateRule;
import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;
import java.time.Duration;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The replica's protocol: sweep on order, report energy and state, replay exactly after a restore or a restart. */
class ReplicaActorTest {

    private static final ActorTestKit KIT = ActorTestKit.create(ActorTesting.serializeEverything());
    private static final Network NETWORK = Network.synthetic(
            new NetworkSpec(ModelKind.SUPERVISED, 4, 64, 2, 5, 0.6, Interaction.DISTINCT), 3);

    @AfterAll
    static void shutdown() {
        KIT.shutdownTestKit();
    }

    private static ReplicaSetup setup(double faultRate) {
        return new ReplicaSetup(NETWORK, new Couplings(NETWORK), UpdateRule.METROPOLIS, SweepOrder.RANDOM,
                InitialState.RANDOM, 11, 2, 3, new FaultInjector(faultRate, 11));
    }

    private static ActorRef<ReplicaActor.Command> spawnReady(ReplicaSetup setup, int copy, int slot,
                                                           TestProbe<TemperingCoordinator.Command> coordinator) {
        ActorRef<ReplicaActor.Command> replica = KIT.spawn(ReplicaActor.create(setup, copy, slot, coordinator.getRef()));
        TemperingCoordinator.ReplicaReady ready = coordinator.expectMessageClass(TemperingCoordinator.ReplicaReady.class);
        assertThat(ready.copy()).isEqualTo(copy);
        assertThat(ready.slot()).isEqualTo(slot);
        return replica;
    }

    private static TemperingCoordinator.RoundDone run(ActorRef<ReplicaActor.Command> replica, int copy, long round, boolean measure,
                                                      SpinState.Snapshot incoming, TestProbe<TemperingCoordinator.Command> probe) {
        replica.tell(new ReplicaActor.RunRound(copy, round, 0, 5, 0.8, measure, incoming, probe.getRef()));
        return probe.expectMessageClass(TemperingCoordinator.RoundDone.class, Duration.ofSeconds(10));
    }

    @Test
    void reportsTheEnergyOfTheStateItReturnsAndMeasuresOnlyWhenTold() {
        TestProbe<TemperingCoordinator.Command> probe = KIT.createTestProbe();
        ActorRef<ReplicaActor.Command> replica = spawnReady(setup(0), 1, 2, probe);
        TemperingCoordinator.RoundDone quiet = run(replica, 1, 0, false, null, probe);
        assertThat(quiet.copy()).isEqualTo(1);
        assertThat(quiet.slot()).isEqualTo(2);
        assertThat(quiet.sample()).isNull();
        assertThat(quiet.state().attempted()).isEqualTo(5L * NETWORK.n());
        SpinState rebuilt = SpinState.ofPacked(new Couplings(NETWORK), quiet.state().configuration().spins());
        assertThat(quiet.energy()).isCloseTo(rebuilt.energy(), org.assertj.core.api.Assertions.within(1e-12));

        TemperingCoordinator.RoundDone measured = run(replica, 1, 1, true, null, probe);
        assertThat(measured.sample()).isNotNull();
        assertThat(measured.sample().energyPerSpin()).isEqualTo(measured.energy() / NETWORK.n());
        assertThat(measured.sample().m()).hasSize(2);
        assertThat(measured.sample().spins()).isEqualTo(measured.state().configuration().spins());
    }

    @Test
    void aRestoredReplicaReplaysTheRoundExactly() {
        TestProbe<TemperingCoordinator.Command> probe = KIT.createTestProbe();
        ActorRef<ReplicaActor.Command> original = spawnReady(setup(0), 0, 1, probe);
        ChainState afterFirst = run(original, 0, 0, false, null, probe).state();
        TemperingCoordinator.RoundDone second = run(original, 0, 1, true, null, probe);

        ActorRef<ReplicaActor.Command> other = spawnReady(setup(0), 0, 1, probe);
        other.tell(new ReplicaActor.Restore(0, afterFirst));
        TemperingCoordinator.RoundDone replayed = run(other, 0, 1, true, null, probe);
        assertThat(replayed.energy()).isEqualTo(second.energy());
        assertThat(replayed.state().configuration().spins()).isEqualTo(second.state().configuration().spins());
        assertThat(replayed.state().rngState()).isEqualTo(second.state().rngState());
    }

    @Test
    void anIncomingConfigurationReplacesTheReplicasOwnButNotItsStream() {
        TestProbe<TemperingCoordinator.Command> probe = KIT.createTestProbe();
        ActorRef<ReplicaActor.Command> cold = spawnReady(setup(0), 0, 2, probe);
        ActorRef<ReplicaActor.Command> hot = spawnReady(setup(0), 0, 0, probe);
        ChainState hotState = run(hot, 0, 0, false, null, probe).state();
        ChainState coldState = run(cold, 0, 0, false, null, probe).state();
        TemperingCoordinator.RoundDone afterSwap = run(cold, 0, 1, false, hotState.configuration(), probe);
        // the same as a fresh chain that starts from the hot configuration with the cold replica's stream
        ActorRef<ReplicaActor.Command> check = spawnReady(setup(0), 0, 2, probe);
        check.tell(new ReplicaActor.Restore(0, new ChainState(hotState.configuration(), coldState.rngState(),
                coldState.attempted(), coldState.accepted())));
        TemperingCoordinator.RoundDone expected = run(check, 0, 1, false, null, probe);
        assertThat(afterSwap.state().configuration().spins()).isEqualTo(expected.state().configuration().spins());
        assertThat(afterSwap.energy()).isEqualTo(expected.energy());
    }

    @Test
    void aBlockOfCopiesSweepsOnceItHasEveryOrderAndReportsWhatSingleReplicasWould() {
        ReplicaSetup sequential = new ReplicaSetup(NETWORK, new Couplings(NETWORK), UpdateRule.METROPOLIS,
                SweepOrder.SEQUENTIAL, InitialState.RANDOM, 11, 2, 3, FaultInjector.NONE);
        TestProbe<TemperingCoordinator.Command> probe = KIT.createTestProbe();
        ActorRef<ReplicaActor.Command> block = KIT.spawn(ReplicaActor.create(sequential, new int[] {0, 1}, 2, probe.getRef()));
        for (int copy = 0; copy < 2; copy++) {
            TemperingCoordinator.ReplicaReady ready = probe.expectMessageClass(TemperingCoordinator.ReplicaReady.class);
            assertThat(ready.copy()).isEqualTo(copy);
            assertThat(ready.slot()).isEqualTo(2);
            assertThat(ready.replica()).isEqualTo(block);
        }
        block.tell(new ReplicaActor.RunRound(1, 0, 0, 5, 0.8, true, null, probe.getRef()));
        probe.expectNoMessage(Duration.ofMillis(200));
        block.tell(new ReplicaActor.RunRound(0, 0, 0, 5, 0.8, true, null, probe.getRef()));
        TemperingCoordinator.RoundDone[] blocked = {
                probe.expectMessageClass(TemperingCoordinator.RoundDone.class, Duration.ofSeconds(10)),
                probe.expectMessageClass(TemperingCoordinator.RoundDone.class, Duration.ofSeconds(10))};
        for (int copy = 0; copy < 2; copy++) {
            ActorRef<ReplicaActor.Command> alone = spawnReady(sequential, copy, 2, probe);
            TemperingCoordinator.RoundDone expected = run(alone, copy, 0, true, null, probe);
            TemperingCoordinator.RoundDone actual = blocked[copy];
            assertThat(actual.copy()).isEqualTo(copy);
            assertThat(actual.energy()).isEqualTo(expected.energy());
            assertThat(actual.state().configuration().spins()).isEqualTo(expected.state().configuration().spins());
            assertThat(actual.state().rngState()).isEqualTo(expected.state().rngState());
            assertThat(actual.sample().m()).isEqualTo(expected.sample().m());
        }
    }

    @Test
    void anInjectedFaultIsReportedAndRestartsTheReplicaWhichAnnouncesItselfAgain() {
        TestProbe<TemperingCoordinator.Command> probe = KIT.createTestProbe();
        ActorRef<ReplicaActor.Command> replica = spawnReady(setup(1.0), 1, 0, probe);
        replica.tell(new ReplicaActor.RunRound(1, 0, 0, 5, 0.8, false, null, probe.getRef()));
        TemperingCoordinator.ReplicaFailed failed = probe.expectMessageClass(TemperingCoordinator.ReplicaFailed.class);
        assertThat(failed.round()).isZero();
        assertThat(failed.reason()).contains("injected fault in replica (copy 1, slot 0) at round 0");
        TemperingCoordinator.ReplicaReady again = probe.expectMessageClass(TemperingCoordinator.ReplicaReady.class,
                Duration.ofSeconds(10));
        assertThat(again.replica()).isEqualTo(replica);
        replica.tell(new ReplicaActor.RunRound(1, 0, 1, 5, 0.8, false, null, probe.getRef()));
        TemperingCoordinator.RoundDone done = probe.expectMessageClass(TemperingCoordinator.RoundDone.class);
        assertThat(done.attempt()).isEqualTo(1);
    }
}
