package io.densehebb.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.mc.PackedSpins;
import io.densehebb.observables.ReplicaSample;
import io.densehebb.observables.SlotStatistics;
import java.time.Duration;
import java.util.List;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The overlap coordinator folds measured rounds in order and answers "as of round r" once round r is in. */
class OverlapCoordinatorTest {

    private static final ActorTestKit KIT = ActorTestKit.create(ActorTesting.serializeEverything());

    @AfterAll
    static void shutdown() {
        KIT.shutdownTestKit();
    }

    private static ReplicaSample sample(byte... spins) {
        return new ReplicaSample(-0.5, new double[] {1.0}, new double[] {1.0}, PackedSpins.pack(spins));
    }

    @Test
    void answersOnlyOnceItsRoundIsFoldedIn() {
        ActorRef<OverlapCoordinator.Command> overlaps = KIT.spawn(OverlapCoordinator.create(
                List.of(new SlotStatistics(4, 2, 1)), -1));
        TestProbe<RunGuardian.Command> guardian = KIT.createTestProbe();
        overlaps.tell(new OverlapCoordinator.SummaryRequest(1, guardian.getRef()));
        overlaps.tell(new OverlapCoordinator.RoundMeasured(0, null));
        guardian.expectNoMessage(Duration.ofMillis(100));
        ReplicaSample[][] samples = {{sample((byte) 1, (byte) 1, (byte) 1, (byte) 1), sample((byte) 1, (byte) 1, (byte) -1, (byte) -1)}};
        overlaps.tell(new OverlapCoordinator.RoundMeasured(1, samples));
        RunGuardian.OverlapSummaries summaries = guardian.expectMessageClass(RunGuardian.OverlapSummaries.class);
        assertThat(summaries.round()).isEqualTo(1);
        assertThat(summaries.slots()).hasSize(1);
        assertThat(summaries.slots().get(0).measurements()).isEqualTo(1);
        assertThat(summaries.slots().get(0).overlap().q().mean()).isZero(); // q = (1 + 1 - 1 - 1)/4

        overlaps.tell(new OverlapCoordinator.SnapshotRequest(1, guardian.getRef()));
        RunGuardian.OverlapSnapshot snapshot = guardian.expectMessageClass(RunGuardian.OverlapSnapshot.class);
        assertThat(SlotStatistics.restore(snapshot.slots().get(0)).summary().measurements()).isEqualTo(1);
    }
}
