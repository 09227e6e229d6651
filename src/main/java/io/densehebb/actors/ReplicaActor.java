package io.densehebb.actors;

import io.densehebb.mc.ChainState;
import io.densehebb.mc.MonteCarloChain;
import io.densehebb.mc.ReplicaBlock;
import io.densehebb.mc.SpinState;
import io.densehebb.model.RandomStreams;
import io.densehebb.observables.Magnetisations;
import io.densehebb.observables.ReplicaSample;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The replicas of one temperature slot k that one actor owns: a single copy c (the default), or every
 * copy of the slot when densehebb.dynamics.block-copies is on, swept in lock step as a
 * {@link ReplicaBlock} (with sequential order each pattern row is then streamed once for all of
 * them). Each copy keeps its own chain and random stream (derived from (seed, replica id)), so the
 * numbers are the same either way. Per round it takes one order per copy, loads the configuration a
 * swap brought in, if any, runs the sweeps once it has the orders of all its copies, measures when
 * told, and reports each copy's energy and full state. It keeps nothing the coordinator does not also
 * have, so a restart loses nothing: the coordinator restores the states of the round's start and
 * replays the round.
 */
public final class ReplicaActor extends AbstractBehavior<ReplicaActor.Command> {

    /** The replica's protocol. */
    public sealed interface Command extends CborSerializable permits RunRound, Restore {
    }

    /**
     * Run one round of copy {@code copy}.
     *
     * @param incoming the configuration moved here by the last exchange, or null when it stays
     * @param attempt  0 the first time, incremented on every replay after a failure
     */
    public record RunRound(int copy, long round, int attempt, int sweeps, double temperature, boolean measure,
                           SpinState.Snapshot incoming, ActorRef<TemperingCoordinator.Command> replyTo) implements Command {
    }

    /** Replace the whole chain state of copy {@code copy} (after a restart, or when resuming from a checkpoint). */
    public record Restore(int copy, ChainState state) implements Command {
    }

    private final ReplicaSetup setup;
    private final int slot;
    /** The copies this actor owns, ascending; index j of the arrays below is copy copies[j]. */
    private final int[] copies;
    private final MonteCarloChain[] chains;
    /** The lock-step sweeper of the chains, or null for a single copy. */
    private final ReplicaBlock block;
    /** This round's orders received so far. */
    private final RunRound[] pending;
    private int pendingCount;

    /** One copy per actor. */
    public static Behavior<Command> create(ReplicaSetup setup, int copy, int slot,
                                           ActorRef<TemperingCoordinator.Command> coordinator) {
        return create(setup, new int[] {copy}, slot, coordinator);
    }

    /**
     * The actor of {@code copies} at {@code slot} under its supervisor: restarted on any exception, with
     * a backoff from 10 ms doubling up to 80 ms while failures follow each other within 20 ms,
     * for as long as the run makes progress. Every (re)start announces each of its copies to the
     * coordinator, which replays the round, and stops the run when one round fails on every attempt
     * ({@link TemperingCoordinator#MAX_ATTEMPTS}): a fault that repeats is a bug, not bad luck. The
     * supervisor's own logging is off: the actor says one line per failure at WARN, the trace at DEBUG.
     */
    public static Behavior<Command> create(ReplicaSetup setup, int[] copies, int slot,
                                           ActorRef<TemperingCoordinator.Command> coordinator) {
        int[] owned = copies.clone();
        Behavior<Command> replica = Behaviors.setup(context -> {
            ReplicaActor actor = new ReplicaActor(context, setup, owned, slot);
            for (int copy : owned) {
                coordinator.tell(new TemperingCoordinator.ReplicaReady(copy, slot, context.getSelf()));
            }
            return actor;
        });
        return Behaviors.supervise(replica).onFailure(Exception.class,
                SupervisorStrategy.restartWithBackoff(Duration.ofMillis(10), Duration.ofMillis(80), 0.0)
                        .withResetBackoffAfter(Duration.ofMillis(20))
                        .withLoggingEnabled(false));
    }

    private ReplicaActor(ActorContext<Command> context, ReplicaSetup setup, int[] copies, int slot) {
        super(context);
        if (copies.length == 0) {
            throw new IllegalArgumentException("a replica actor owns at least one copy");
        }
        this.setup = setup;
        this.slot = slot;
        this.copies = copies;
        this.chains = new MonteCarloChain[copies.length];
        for (int j = 0; j < copies.length; j++) {
            long id = setup.replicaId(copies[j], slot);
            byte[] start = setup.init().configuration(setup.network(), setup.seed(), id);
            chains[j] = new MonteCarloChain(SpinState.of(setup.couplings(), start), setup.rule(), setup.order(),
                    0.0, RandomStreams.create(setup.seed(), RandomStreams.Purpose.DYNAMICS, id));
        }
        this.block = copies.length > 1 ? new ReplicaBlock(List.of(chains)) : null;
        this.pending = new RunRound[copies.length];
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(RunRound.class, this::onRunRound)
                .onMessage(Restore.class, this::onRestore)
                .build();
    }

    private int indexOf(int copy) {
        for (int j = 0; j < copies.length; j++) {
            if (copies[j] == copy) {
                return j;
            }
        }
        throw new IllegalArgumentException("copy " + copy + " of slot " + slot + " is not owned by this actor "
                + Arrays.toString(copies));
    }

    private Behavior<Command> onRestore(Restore restore) {
        chains[indexOf(restore.copy())].restore(restore.state());
        return this;
    }

    private Behavior<Command> onRunRound(RunRound run) {
        try {
            return runRound(run);
        } catch (RuntimeException e) {
            getContext().getLog().warn("replica (copy {}, slot {}) failed at round {} (attempt {}): {}; restarting it",
                    run.copy(), slot, run.round(), run.attempt(), e.toString());
            getContext().getLog().debug("the failure of replica (copy {}, slot {}) at round {}", run.copy(), slot, run.round(), e);
            run.replyTo().tell(new TemperingCoordinator.ReplicaFailed(run.copy(), slot, run.round(), run.attempt(), e.toString()));
            throw e;
        }
    }

    private Behavior<Command> runRound(RunRound run) {
        int j = indexOf(run.copy());
        if (pending[j] == null) {
            pendingCount++;
        }
        pending[j] = run;
        if (pendingCount < copies.length) {
            return this;
        }
        // every copy has its order: the round is the same for all (the coordinator starts a round only
        // when the previous one is done)
        for (int i = 0; i < copies.length; i++) {
            RunRound order = pending[i];
            if (order.incoming() != null) {
                chains[i].state().restore(order.incoming());
            }
            chains[i].setTemperature(order.temperature());
        }
        for (int i = 0; i < copies.length; i++) {
            RunRound order = pending[i];
            if (setup.faults().shouldFail(setup.replicaId(copies[i], slot), order.round(), order.attempt())) {
                throw new FaultInjector.InjectedFault("injected fault in replica (copy " + copies[i] + ", slot " + slot
                        + ") at round " + order.round());
            }
        }
        int sweeps = pending[0].sweeps();
        if (block == null) {
            chains[0].sweeps(sweeps);
        } else {
            for (int s = 0; s < sweeps; s++) {
                block.sweep();
            }
        }
        for (int i = 0; i < copies.length; i++) {
            RunRound order = pending[i];
            pending[i] = null;
            double energy = chains[i].state().energy();
            ChainState state = chains[i].snapshot();
            ReplicaSample sample = order.measure() ? measure(chains[i].state().spins(), state.configuration(), energy) : null;
            order.replyTo().tell(new TemperingCoordinator.RoundDone(copies[i], slot, order.round(), order.attempt(), energy,
                    sample, state));
        }
        pendingCount = 0;
        return this;
    }

    /** The order parameters, read off the tracked sums of the snapshot the round reports anyway. */
    private ReplicaSample measure(byte[] sigma, SpinState.Snapshot snapshot, double energy) {
        long[] p1 = snapshot.firstPowerSums();
        return new ReplicaSample(energy / sigma.length, Magnetisations.mattis(setup.network(), sigma, p1),
                Magnetisations.exampleMagnetisations(setup.network(), p1), snapshot.spins());
    }
}
