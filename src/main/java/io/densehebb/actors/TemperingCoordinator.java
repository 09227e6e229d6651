package io.densehebb.actors;

import io.densehebb.mc.ChainState;
import io.densehebb.mc.SpinState;
import io.densehebb.observables.ReplicaSample;
import io.densehebb.run.RunPlan;
import io.densehebb.tempering.ReplicaExchange;
import io.densehebb.tempering.SwapReport;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * Drives the rounds. Each round it tells every replica to sweep, waits for all of them (rounds are
 * synchronous, so results never depend on timing), hands the measurements to the overlap
 * coordinator, lets {@link ReplicaExchange} decide the swaps of the non-reversible even/odd schedule
 * and adapt the ladder during burn-in, and sends each moved configuration to its new slot with the
 * next round's order. It keeps the latest state of every replica, which is what makes a replica's
 * restart and a checkpoint possible.
 */
public final class TemperingCoordinator extends AbstractBehavior<TemperingCoordinator.Command> {

    /** The coordinator's protocol. */
    public sealed interface Command extends CborSerializable permits ReplicaReady, RoundDone, RequestSnapshot, ReplicaFailed {
    }

    /**
     * Attempts of one round by one replica after which its failures count as repeating: with passing
     * faults at rate f the chance of this many failures in a row is f^MAX_ATTEMPTS (1e-6 at f = 0.06).
     */
    public static final int MAX_ATTEMPTS = 5;

    /** A replica threw during {@code round} (it is being restarted); {@code reason} is the exception in one line. */
    public record ReplicaFailed(int copy, int slot, long round, int attempt, String reason) implements Command {
    }

    /** A replica started (or restarted after a failure) and is ready for orders. */
    public record ReplicaReady(int copy, int slot, ActorRef<ReplicaActor.Command> replica) implements Command {
    }

    /** A replica finished its sweeps of a round. {@code sample} is null on rounds without measurement. */
    public record RoundDone(int copy, int slot, long round, int attempt, double energy, ReplicaSample sample,
                            ChainState state) implements Command {
    }

    /** Attach a {@link Snapshot} to the next round boundary report (the guardian wants a checkpoint). */
    public record RequestSnapshot() implements Command {
    }

    /** The tempering side of a checkpoint: the chain of every (copy, slot) as the next round starts. */
    public record Snapshot(long round, ChainState[][] chains, ReplicaExchange.Snapshot exchange) {
    }

    private final RunPlan plan;
    private final ReplicaExchange exchange;
    private final ActorRef<OverlapCoordinator.Command> overlaps;
    private final ActorRef<RunGuardian.Command> guardian;
    private final ActorRef<ReplicaActor.Command>[][] replicas;
    /** The most recent state of each replica (its own chain, before any move). */
    private final ChainState[][] latest;
    /** The order of the current round per replica, kept for replays. */
    private final ReplicaActor.RunRound[][] orders;
    private final RoundDone[][] done;
    private final SpinState.Snapshot[][] incoming;
    /** Each replica's state as the current round started (before the configuration moved in): the cut to keep if it fails for good. */
    private final ChainState[][] roundStart;
    /** The latest failure of each replica, in one line. */
    private final String[][] failures;
    private boolean stuck;
    private long round;
    private int ready;
    private int doneCount;
    private boolean started;
    private boolean snapshotWanted;
    /** When this process started its first round (wall clock, for the throughput report only). */
    private long startNanos;

    public static Behavior<Command> create(RunPlan plan, ReplicaExchange exchange, long firstRound, ChainState[][] resumed,
                                           ActorRef<OverlapCoordinator.Command> overlaps,
                                           ActorRef<RunGuardian.Command> guardian) {
        return Behaviors.setup(context -> new TemperingCoordinator(context, plan, exchange, firstRound, resumed, overlaps, guardian));
    }

    @SuppressWarnings("unchecked")
    private TemperingCoordinator(ActorContext<Command> context, RunPlan plan, ReplicaExchange exchange, long firstRound,
                                 ChainState[][] resumed, ActorRef<OverlapCoordinator.Command> overlaps,
                                 ActorRef<RunGuardian.Command> guardian) {
        super(context);
        this.plan = plan;
        this.exchange = exchange;
        this.overlaps = overlaps;
        this.guardian = guardian;
        this.round = firstRound;
        this.replicas = new ActorRef[plan.copies()][plan.slots()];
        this.latest = new ChainState[plan.copies()][plan.slots()];
        this.orders = new ReplicaActor.RunRound[plan.copies()][plan.slots()];
        this.done = new RoundDone[plan.copies()][plan.slots()];
        this.incoming = new SpinState.Snapshot[plan.copies()][plan.slots()];
        this.roundStart = new ChainState[plan.copies()][plan.slots()];
        this.failures = new String[plan.copies()][plan.slots()];
        if (resumed != null) {
            for (int c = 0; c < plan.copies(); c++) {
                System.arraycopy(resumed[c], 0, latest[c], 0, plan.slots());
            }
        }
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(ReplicaReady.class, this::onReplicaReady)
                .onMessage(RoundDone.class, this::onRoundDone)
                .onMessage(RequestSnapshot.class, r -> {
                    snapshotWanted = true;
                    return this;
                })
                .onMessage(ReplicaFailed.class, f -> {
                    failures[f.copy()][f.slot()] = f.reason();
                    return this;
                })
                .build();
    }

    private Behavior<Command> onReplicaReady(ReplicaReady r) {
        boolean restart = replicas[r.copy()][r.slot()] != null;
        replicas[r.copy()][r.slot()] = r.replica();
        if (latest[r.copy()][r.slot()] != null) {
            // a fresh actor starts from the initial state: bring it to the last consistent one
            r.replica().tell(new ReplicaActor.Restore(r.copy(), latest[r.copy()][r.slot()]));
        }
        if (!restart) {
            ready++;
            if (ready == plan.copies() * plan.slots() && !started) {
                started = true;
                startNanos = System.nanoTime();
                startRound();
            }
        } else if (started && !stuck && done[r.copy()][r.slot()] == null) {
            ReplicaActor.RunRound order = orders[r.copy()][r.slot()];
            if (order.attempt() + 1 >= MAX_ATTEMPTS) {
                return stop(r.copy(), r.slot(), order.round());
            }
            ReplicaActor.RunRound replay = new ReplicaActor.RunRound(order.copy(), order.round(), order.attempt() + 1, order.sweeps(),
                    order.temperature(), order.measure(), order.incoming(), order.replyTo());
            orders[r.copy()][r.slot()] = replay;
            getContext().getLog().debug("replica (copy {}, slot {}) restarted; replaying round {} (attempt {})",
                    r.copy(), r.slot(), order.round(), replay.attempt());
            r.replica().tell(replay);
        }
        return this;
    }

    /**
     * A replica failed on every attempt of a round: the run stops. The state as this round started is
     * a consistent cut (every chain before its sweeps, the tempering state after the last exchange),
     * handed to the guardian to checkpoint at the end of the previous round, with the overlap side cut
     * there too; at round 0 there is nothing to keep.
     */
    private Behavior<Command> stop(int copy, int slot, long failedRound) {
        stuck = true;
        Snapshot cut = null;
        if (failedRound > 0 && roundStart[0][0] != null) {
            ChainState[][] chains = new ChainState[plan.copies()][plan.slots()];
            for (int c = 0; c < plan.copies(); c++) {
                for (int k = 0; k < plan.slots(); k++) {
                    ChainState own = roundStart[c][k];
                    SpinState.Snapshot moved = orders[c][k].incoming();
                    chains[c][k] = moved == null ? own : new ChainState(moved, own.rngState(), own.attempted(), own.accepted());
                }
            }
            cut = new Snapshot(failedRound - 1, chains, exchange.snapshot());
            overlaps.tell(new OverlapCoordinator.SnapshotRequest(failedRound - 1, guardian));
        }
        guardian.tell(new RunGuardian.ReplicaStuck(copy, slot, failedRound, MAX_ATTEMPTS,
                failures[copy][slot] == null ? "no reason given" : failures[copy][slot], cut));
        return this;
    }

    private void startRound() {
        for (int c = 0; c < plan.copies(); c++) {
            System.arraycopy(latest[c], 0, roundStart[c], 0, plan.slots());
        }
        double[] temperatures = exchange.temperatures();
        boolean measure = plan.measures(round);
        doneCount = 0;
        // hottest slots first: they accept most and take longest, so the short sweeps of the cold slots
        // fill the end of the round and the workers finish it together
        for (int k = 0; k < plan.slots(); k++) {
            for (int c = 0; c < plan.copies(); c++) {
                done[c][k] = null;
                ReplicaActor.RunRound order = new ReplicaActor.RunRound(c, round, 0, plan.sweepsPerRound(), temperatures[k],
                        measure, incoming[c][k], getContext().getSelf());
                incoming[c][k] = null;
                orders[c][k] = order;
                replicas[c][k].tell(order);
            }
        }
    }

    private Behavior<Command> onRoundDone(RoundDone d) {
        ReplicaActor.RunRound order = orders[d.copy()][d.slot()];
        if (d.round() != round || order == null || d.attempt() != order.attempt() || done[d.copy()][d.slot()] != null) {
            return this; // a stale reply from before a restart
        }
        done[d.copy()][d.slot()] = d;
        latest[d.copy()][d.slot()] = d.state();
        if (++doneCount < plan.copies() * plan.slots()) {
            return this;
        }
        return finishRound();
    }

    private Behavior<Command> finishRound() {
        int copies = plan.copies();
        int slots = plan.slots();
        double[][] energies = new double[copies][slots];
        ReplicaSample[][] samples = plan.measures(round) ? new ReplicaSample[slots][copies] : null;
        for (int c = 0; c < copies; c++) {
            for (int k = 0; k < slots; k++) {
                energies[c][k] = done[c][k].energy();
                if (samples != null) {
                    samples[k][c] = done[c][k].sample();
                }
            }
        }
        overlaps.tell(new OverlapCoordinator.RoundMeasured(round, samples));

        int[][] moves = exchange.exchange(round, energies);
        for (int c = 0; c < copies; c++) {
            for (int k = 0; k < slots; k++) {
                int from = moves[c][k];
                incoming[c][k] = from == k ? null : done[c][from].state().configuration();
            }
        }
        exchange.adaptLadder(round);
        if (plan.endsBurnIn(round)) {
            exchange.resetStatistics();
        }

        boolean last = round + 1 == plan.totalRounds();
        Snapshot snapshot = snapshotWanted || last ? snapshot() : null;
        snapshotWanted = false;
        if (snapshot != null) {
            // asked right behind this round's measurements, so the overlap side is cut at the same round
            overlaps.tell(new OverlapCoordinator.SnapshotRequest(round, guardian));
        }
        guardian.tell(new RunGuardian.RoundFinished(round, snapshot));
        if (last) {
            overlaps.tell(new OverlapCoordinator.SummaryRequest(round, guardian));
            double seconds = (System.nanoTime() - startNanos) * 1e-9;
            guardian.tell(new RunGuardian.TemperingFinished(exchange.report(), exchange.temperatures(), seconds));
            return Behaviors.same();
        }
        round++;
        startRound();
        return this;
    }

    /** Each slot's chain as the next round will start it: its own stream and counters, the configuration moved in. */
    private Snapshot snapshot() {
        ChainState[][] chains = new ChainState[plan.copies()][plan.slots()];
        for (int c = 0; c < plan.copies(); c++) {
            for (int k = 0; k < plan.slots(); k++) {
                ChainState own = latest[c][k];
                SpinState.Snapshot config = incoming[c][k] != null ? incoming[c][k] : own.configuration();
                chains[c][k] = new ChainState(config, own.rngState(), own.attempted(), own.accepted());
            }
        }
        return new Snapshot(round, chains, exchange.snapshot());
    }
}
