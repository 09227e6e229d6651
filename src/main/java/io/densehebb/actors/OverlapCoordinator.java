package io.densehebb.actors;

import io.densehebb.observables.ReplicaSample;
import io.densehebb.observables.SlotStatistics;
import io.densehebb.observables.SlotSummary;
import java.util.ArrayList;
import java.util.List;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * Receives the packed configurations of all copies at measurement rounds and accumulates, per
 * temperature slot, the replica overlaps q_ab of every pair of copies, P(q) raw and conditioned on the
 * retrieved pattern, their moments, the Binder ratio and the replica-symmetry verdict
 * ({@link SlotStatistics}). It hears about every round, measured or not, from the tempering
 * coordinator, which also sends the snapshot and summary requests right behind the round they refer
 * to; a request that nevertheless arrives early waits until its round has been folded in, and one
 * that arrives late is a protocol error (the answer would mix rounds).
 */
public final class OverlapCoordinator extends AbstractBehavior<OverlapCoordinator.Command> {

    /** The overlap coordinator's protocol. */
    public sealed interface Command extends CborSerializable permits RoundMeasured, SnapshotRequest, SummaryRequest {
    }

    /** Round {@code round} is over; {@code samples[slot][copy]}, or null when the round was not measured. */
    public record RoundMeasured(long round, ReplicaSample[][] samples) implements Command {
    }

    /** The accumulated statistics as of the end of {@code round}, for a checkpoint. */
    public record SnapshotRequest(long round, ActorRef<RunGuardian.Command> replyTo) implements Command {
    }

    /** The per-temperature summaries as of the end of {@code round}. */
    public record SummaryRequest(long round, ActorRef<RunGuardian.Command> replyTo) implements Command {
    }

    private final List<SlotStatistics> slots;
    private final List<Command> waiting = new ArrayList<>();
    private long lastRound;

    /**
     * @param slots     fresh statistics, or those restored from a checkpoint
     * @param lastRound the last round already folded into {@code slots} (-1 for a fresh run)
     */
    public static Behavior<Command> create(List<SlotStatistics> slots, long lastRound) {
        return Behaviors.setup(context -> new OverlapCoordinator(context, slots, lastRound));
    }

    private OverlapCoordinator(ActorContext<Command> context, List<SlotStatistics> slots, long lastRound) {
        super(context);
        this.slots = List.copyOf(slots);
        this.lastRound = lastRound;
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(RoundMeasured.class, this::onRoundMeasured)
                .onMessage(SnapshotRequest.class, r -> answerOrWait(r, r.round()))
                .onMessage(SummaryRequest.class, r -> answerOrWait(r, r.round()))
                .build();
    }

    private Behavior<Command> onRoundMeasured(RoundMeasured m) {
        if (m.round() != lastRound + 1) {
            throw new IllegalStateException("round " + m.round() + " measured after round " + lastRound);
        }
        if (m.samples() != null) {
            for (int k = 0; k < slots.size(); k++) {
                slots.get(k).add(m.samples()[k]);
            }
        }
        lastRound = m.round();
        List<Command> again = new ArrayList<>(waiting);
        waiting.clear();
        for (Command c : again) {
            if (c instanceof SnapshotRequest s) {
                answerOrWait(s, s.round());
            } else if (c instanceof SummaryRequest s) {
                answerOrWait(s, s.round());
            }
        }
        return this;
    }

    private Behavior<Command> answerOrWait(Command request, long round) {
        if (lastRound < round) {
            waiting.add(request);
            return this;
        }
        if (lastRound > round) {
            throw new IllegalStateException("statistics as of round " + round + " asked after round " + lastRound);
        }
        if (request instanceof SnapshotRequest s) {
            List<SlotStatistics.Snapshot> snapshots = slots.stream().map(SlotStatistics::snapshot).toList();
            s.replyTo().tell(new RunGuardian.OverlapSnapshot(s.round(), snapshots));
        } else if (request instanceof SummaryRequest s) {
            List<SlotSummary> summaries = slots.stream().map(SlotStatistics::summary).toList();
            s.replyTo().tell(new RunGuardian.OverlapSummaries(s.round(), summaries));
        }
        return this;
    }
}
