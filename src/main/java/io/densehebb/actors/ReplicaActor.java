package io.densehebb.actors;

import io.densehebb.mc.ChainState;
import io.densehebb.mc.MonteCarloChain;
import io.densehebb.mc.SpinState;
import io.densehebb.model.RandomStreams;
import io.densehebb.observables.Magnetisations;
import io.densehebb.observables.ReplicaSample;
import java.time.Duration;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * One replica: copy c at temperature slot k. Owns its Monte Carlo chain and its random stream
 * (derived from (seed, replica id)); per round it loads the configuration a swap brought in, if any,
 * runs its sweeps, measures when told, and reports its energy and full state. It keeps nothing the
 * coordinator does not also have, so a restart loses nothing: the coordinator restores the state of
 * the round's start and replays the round.
 */
public final class ReplicaActor extends AbstractBehavior<ReplicaActor.Command> {

    /** The replica's protocol. */
    public sealed interface Command extends CborSerializable permits RunRound, Restore {
    }

    /**
     * Run one round.
     *
     * @param incoming the configuration moved here by the last exchange, or null when it stays
     * @param attempt  0 the first time, incremented on every replay after a failure
     */
    public record RunRound(long round, int attempt, int sweeps, double temperature, boolean measure,
                           SpinState.Snapshot incoming, ActorRef<TemperingCoordinator.Command> replyTo) implements Command {
    }

    /** Replace the whole chain state (after a restart, or when resuming from a checkpoint). */
    public record Restore(ChainState state) implements Command {
    }

    private final ReplicaSetup setup;
    private final int copy;
    private final int slot;
    private final MonteCarloChain chain;

    /**
     * The replica's behaviour under its supervisor: restarted on any exception (at most 100 times a
     * minute; beyond that it stops and the run fails rather than loop). Every (re)start announces
     * itself to the coordinator, which decides whether a round must be replayed.
     */
    public static Behavior<Command> create(ReplicaSetup setup, int copy, int slot,
                                           ActorRef<TemperingCoordinator.Command> coordinator) {
        Behavior<Command> replica = Behaviors.setup(context -> {
            ReplicaActor actor = new ReplicaActor(context, setup, copy, slot);
            coordinator.tell(new TemperingCoordinator.ReplicaReady(copy, slot, context.getSelf()));
            return actor;
        });
        return Behaviors.supervise(replica)
                .onFailure(Exception.class, SupervisorStrategy.restart().withLimit(100, Duration.ofMinutes(1)));
    }

    private ReplicaActor(ActorContext<Command> context, ReplicaSetup setup, int copy, int slot) {
        super(context);
        this.setup = setup;
        this.copy = copy;
        this.slot = slot;
        long id = setup.replicaId(copy, slot);
        byte[] start = setup.init().configuration(setup.network(), setup.seed(), id);
        this.chain = new MonteCarloChain(SpinState.of(setup.couplings(), start), setup.rule(), setup.order(),
                0.0, RandomStreams.create(setup.seed(), RandomStreams.Purpose.DYNAMICS, id));
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(RunRound.class, this::onRunRound)
                .onMessage(Restore.class, this::onRestore)
                .build();
    }

    private Behavior<Command> onRestore(Restore restore) {
        chain.restore(restore.state());
        return this;
    }

    private Behavior<Command> onRunRound(RunRound run) {
        if (run.incoming() != null) {
            chain.state().restore(run.incoming());
        }
        chain.setTemperature(run.temperature());
        if (setup.faults().shouldFail(setup.replicaId(copy, slot), run.round(), run.attempt())) {
            throw new FaultInjector.InjectedFault("injected fault in replica (copy " + copy + ", slot " + slot
                    + ") at round " + run.round());
        }
        chain.sweeps(run.sweeps());
        SpinState state = chain.state();
        double energy = state.energy();
        ReplicaSample sample = run.measure() ? measure(energy) : null;
        run.replyTo().tell(new TemperingCoordinator.RoundDone(copy, slot, run.round(), run.attempt(), energy, sample,
                chain.snapshot()));
        return this;
    }

    private ReplicaSample measure(double energy) {
        byte[] sigma = chain.state().spins();
        return new ReplicaSample(energy / sigma.length, Magnetisations.mattis(setup.network(), sigma),
                Magnetisations.exampleMagnetisations(setup.network(), sigma), chain.state().packed());
    }
}
