package io.densehebb.actors;

import io.densehebb.run.PointQueue;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The root of a sweep: every run of the sweep is a {@link RunGuardian} child of this one actor
 * system, so all of them share one dispatcher of exactly the thread budget. Runs start in the order
 * of the {@link PointQueue}, a new one as soon as any finishes; the first run that fails fails the
 * sweep (the other runs stop, their checkpoints stay for a resume).
 */
public final class SweepGuardian extends AbstractBehavior<SweepGuardian.Command> {

    /** The guardian's protocol. */
    public sealed interface Command extends CborSerializable permits RunEnded, RunStopped {
    }

    /** Run {@code index} completed its outcome; {@code failure} is null when it succeeded. */
    public record RunEnded(int index, String failure) implements Command {
    }

    /** Run {@code index}'s guardian stopped. */
    public record RunStopped(int index) implements Command {
    }

    /**
     * Everything a sweep needs that is not a message.
     *
     * @param queue the runs to do and how many at once
     * @param start prepares run {@code index} (its folder, network and context); called when it starts
     * @param done  completed when every run has ended, exceptionally with the first failure
     */
    public record SweepContext(PointQueue queue, IntFunction<RunGuardian.RunContext> start, CompletableFuture<Void> done) {
    }

    private final SweepContext sweep;
    private final Map<Integer, RunGuardian.RunContext> running = new HashMap<>();

    public static Behavior<Command> create(SweepContext sweep) {
        return Behaviors.setup(context -> new SweepGuardian(context, sweep).startAll());
    }

    private SweepGuardian(ActorContext<Command> context, SweepContext sweep) {
        super(context);
        this.sweep = sweep;
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(RunEnded.class, this::onRunEnded)
                .onMessage(RunStopped.class, this::onRunStopped)
                .build();
    }

    private Behavior<Command> startAll() {
        for (int index = sweep.queue().next(); index >= 0; index = sweep.queue().next()) {
            RunGuardian.RunContext run;
            try {
                run = sweep.start().apply(index);
            } catch (RuntimeException e) {
                return fail(e);
            }
            running.put(index, run);
            ActorRef<RunGuardian.Command> child = getContext().spawn(RunGuardian.create(run), "run-" + index);
            getContext().watchWith(child, new RunStopped(index));
            int ended = index;
            getContext().pipeToSelf(run.outcome(), (ok, error) -> new RunEnded(ended, error == null ? null : message(error)));
        }
        if (sweep.queue().done()) {
            sweep.done().complete(null);
            return Behaviors.stopped();
        }
        return this;
    }

    private Behavior<Command> onRunEnded(RunEnded ended) {
        if (running.remove(ended.index()) == null) {
            return this;
        }
        if (ended.failure() != null) {
            return fail(new IllegalStateException("run " + ended.index() + " of the sweep failed: " + ended.failure()));
        }
        sweep.queue().finished();
        return startAll();
    }

    /** A guardian completes its outcome before it stops; one that stops without doing so failed. */
    private Behavior<Command> onRunStopped(RunStopped stopped) {
        RunGuardian.RunContext run = running.get(stopped.index());
        if (run != null && !run.outcome().isDone()) {
            return fail(new IllegalStateException("run " + stopped.index() + " of the sweep stopped before it finished"));
        }
        return this;
    }

    private Behavior<Command> fail(Throwable cause) {
        sweep.done().completeExceptionally(cause);
        return Behaviors.stopped();
    }

    private static String message(Throwable error) {
        Throwable cause = error.getCause() != null && error instanceof java.util.concurrent.CompletionException
                ? error.getCause() : error;
        return String.valueOf(cause.getMessage());
    }
}
