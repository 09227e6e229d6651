package io.densehebb.actors;

import io.densehebb.run.RunProgress;
import java.util.concurrent.CompletableFuture;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.ChildFailed;
import org.apache.pekko.actor.typed.Terminated;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * The root of a classification: spawns one {@link ClassifierActor} per thread and hands out the
 * inputs in batches, the next batch to whichever worker reports first (the dynamics from different
 * images take different numbers of sweeps). Results are stored by input index, so the outcome does not
 * depend on which worker ran what. Completes the future when every input is back, or with the failure
 * of a worker.
 */
public final class ClassificationCoordinator {

    /** Inputs per batch: small enough to balance two cores, large enough that messages cost nothing. */
    static final int BATCH = 25;

    /** The coordinator's protocol. */
    public sealed interface Command extends CborSerializable permits Classified {
    }

    /**
     * Inputs {@code from}..{@code to}-1 are done: per input its sweeps, then K overlaps per input of
     * the start and of the final state (input-major), and the final states of the pictured inputs.
     */
    public record Classified(int from, int to, int[] sweeps, double[] startOverlaps, double[] finalOverlaps,
                             byte[] finalStates, ActorRef<ClassifierActor.Command> worker) implements Command {
    }

    /** Everything the classification hands back, indexed by input. */
    public record Outcome(int[] sweeps, double[] startOverlaps, double[] finalOverlaps, byte[] finalStates) {
    }

    private ClassificationCoordinator() {
    }

    public static Behavior<Command> create(ClassificationSetup setup, int workers, RunProgress progress,
                                           CompletableFuture<Outcome> outcome) {
        return Behaviors.setup(context -> {
            int count = setup.count();
            int k = setup.network().spec().K();
            int n = setup.network().n();
            int[] sweeps = new int[count];
            double[] start = new double[count * k];
            double[] end = new double[count * k];
            byte[] finals = new byte[Math.min(count, setup.pictures()) * n];
            int[] next = {0};
            int[] done = {0};
            long[] finishedBatches = {0};
            long batches = (count + BATCH - 1) / BATCH;
            progress.started(0, batches);
            for (int w = 0; w < Math.min(workers, (int) batches); w++) {
                ActorRef<ClassifierActor.Command> worker = context.spawn(ClassifierActor.create(setup), "classifier-" + w);
                context.watch(worker);
                next[0] = handOut(worker, next[0], count, context.getSelf());
            }
            if (count == 0) {
                outcome.complete(new Outcome(sweeps, start, end, finals));
                return Behaviors.stopped();
            }
            return Behaviors.receive(Command.class)
                    .onMessage(Classified.class, c -> {
                        System.arraycopy(c.sweeps(), 0, sweeps, c.from(), c.to() - c.from());
                        System.arraycopy(c.startOverlaps(), 0, start, c.from() * k, (c.to() - c.from()) * k);
                        System.arraycopy(c.finalOverlaps(), 0, end, c.from() * k, (c.to() - c.from()) * k);
                        if (c.finalStates().length > 0) {
                            System.arraycopy(c.finalStates(), 0, finals, c.from() * n, c.finalStates().length);
                        }
                        done[0] += c.to() - c.from();
                        progress.roundFinished(finishedBatches[0]++);
                        if (done[0] == count) {
                            progress.finished();
                            outcome.complete(new Outcome(sweeps, start, end, finals));
                            return Behaviors.stopped();
                        }
                        if (next[0] < count) {
                            next[0] = handOut(c.worker(), next[0], count, context.getSelf());
                        }
                        return Behaviors.same();
                    })
                    .onSignal(ChildFailed.class, failed -> {
                        outcome.completeExceptionally(failed.getCause());
                        return Behaviors.stopped();
                    })
                    .onSignal(Terminated.class, stopped -> {
                        outcome.completeExceptionally(new IllegalStateException("a classifier stopped before the end"));
                        return Behaviors.stopped();
                    })
                    .build();
        });
    }

    private static int handOut(ActorRef<ClassifierActor.Command> worker, int from, int count, ActorRef<Command> self) {
        int to = Math.min(count, from + BATCH);
        worker.tell(new ClassifierActor.Classify(from, to, self));
        return to;
    }
}
