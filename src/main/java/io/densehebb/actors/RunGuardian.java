package io.densehebb.actors;

import io.densehebb.config.RunConfig;
import io.densehebb.io.Checkpoint;
import io.densehebb.mc.ChainState;
import io.densehebb.mc.Couplings;
import io.densehebb.model.Network;
import io.densehebb.observables.SlotStatistics;
import io.densehebb.observables.SlotSummary;
import io.densehebb.results.RunResults;
import io.densehebb.results.SwapTable;
import io.densehebb.results.TheoryPoint;
import io.densehebb.run.RunPlan;
import io.densehebb.run.RunProgress;
import io.densehebb.run.RunRecorder;
import io.densehebb.run.RunStoppedException;
import io.densehebb.tempering.ReplicaExchange;
import io.densehebb.tempering.SwapReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.ChildFailed;
import org.apache.pekko.actor.typed.Terminated;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.apache.pekko.actor.typed.javadsl.TimerScheduler;

/**
 * The root of a run: builds the shared disorder once, spawns the overlap coordinator, the tempering
 * coordinator and one replica per (copy, slot), watches them, hands a checkpoint to the run's
 * {@link RunRecorder} when its timer says so (the cut is made by the tempering coordinator at a round
 * boundary), hands it the results at the end and completes the run's outcome. It writes no files
 * itself. Any child that stops for good fails the run; the last checkpoint stays for {@code --resume}.
 */
public final class RunGuardian extends AbstractBehavior<RunGuardian.Command> {

    /** The guardian's protocol. */
    public sealed interface Command extends CborSerializable
            permits RoundFinished, TemperingFinished, OverlapSnapshot, OverlapSummaries, CheckpointTick, ReplicaStuck {
    }

    /**
     * Replica (copy, slot) failed on each of {@code attempts} attempts of {@code round}: the run stops.
     * {@code cut} is the state at the end of the previous round, to checkpoint first (null at round 0).
     */
    public record ReplicaStuck(int copy, int slot, long round, int attempts, String reason,
                               TemperingCoordinator.Snapshot cut) implements Command {
    }

    /** Round {@code round} is over; {@code snapshot} is present when a checkpoint was asked for. */
    public record RoundFinished(long round, TemperingCoordinator.Snapshot snapshot) implements Command {
    }

    /** The last round is over: the swap statistics, the final ladder, and the wall time the rounds took. */
    public record TemperingFinished(SwapReport report, double[] temperatures, double seconds) implements Command {
    }

    /** What a finished run hands back: its results and the wall time spent in rounds (0 when none were left). */
    public record Completed(RunResults results, double simulationSeconds) {
    }

    /** The overlap side of a checkpoint at {@code round}. */
    public record OverlapSnapshot(long round, List<SlotStatistics.Snapshot> slots) implements Command {
    }

    /** The per-temperature summaries at the end of the run. */
    public record OverlapSummaries(long round, List<SlotSummary> slots) implements Command {
    }

    /** Timer: time to checkpoint. */
    public record CheckpointTick() implements Command {
    }

    /** Everything a run needs that is not a message. */
    public record RunContext(RunConfig config, Network network, RunRecorder recorder, Checkpoint resume, RunProgress progress,
                             String codeVersion, Function<double[], List<TheoryPoint>> theory,
                             CompletableFuture<Completed> outcome) {
    }

    private final RunContext run;
    private final RunPlan plan;
    private final ActorRef<TemperingCoordinator.Command> tempering;
    private final Map<Long, TemperingCoordinator.Snapshot> temperingCuts = new HashMap<>();
    private final Map<Long, List<SlotStatistics.Snapshot>> overlapCuts = new HashMap<>();
    private TemperingFinished finished;
    /** Set when a replica fails for good: the run stops once the cut it came with is checkpointed. */
    private ReplicaStuck stuck;
    private OverlapSummaries summaries;

    public static Behavior<Command> create(RunContext run) {
        Checkpoint resume = run.resume();
        if (resume != null && resume.round() + 1 >= RunPlan.of(run.config()).totalRounds()) {
            // killed after the last checkpoint but before the results were written: nothing left to simulate
            return Behaviors.setup(context -> {
                List<SlotSummary> summaries = resume.slots().stream().map(s -> SlotStatistics.restore(s).summary()).toList();
                ReplicaExchange exchange = ReplicaExchange.restore(resume.exchange());
                writeResults(run, exchange.report(), exchange.temperatures(), summaries, 0.0);
                return Behaviors.stopped();
            });
        }
        return Behaviors.setup(context -> Behaviors.withTimers(timers -> new RunGuardian(context, timers, run)));
    }

    private RunGuardian(ActorContext<Command> context, TimerScheduler<Command> timers, RunContext run) {
        super(context);
        this.run = run;
        this.plan = RunPlan.of(run.config());
        RunConfig config = run.config();
        Checkpoint resume = run.resume();
        ReplicaExchange exchange = resume == null
                ? new ReplicaExchange(config.ladder(), config.copies(), config.seed(), Math.toIntExact(plan.burnInRounds()))
                : ReplicaExchange.restore(resume.exchange());
        List<SlotStatistics> statistics = new ArrayList<>();
        for (int k = 0; k < plan.slots(); k++) {
            statistics.add(resume == null
                    ? new SlotStatistics(config.network().N(), config.copies(), config.network().K())
                    : SlotStatistics.restore(resume.slots().get(k)));
        }
        long firstRound = resume == null ? 0 : resume.round() + 1;
        ChainState[][] resumedChains = resume == null ? null : resume.chains();

        ActorRef<OverlapCoordinator.Command> overlaps =
                context.spawn(OverlapCoordinator.create(statistics, firstRound - 1), "overlaps");
        tempering = context.spawn(
                TemperingCoordinator.create(plan, exchange, firstRound, resumedChains, overlaps, context.getSelf()), "tempering");
        context.watch(overlaps);
        context.watch(tempering);

        ReplicaSetup setup = new ReplicaSetup(run.network(), new Couplings(run.network()), config.rule(), config.order(),
                config.init(), config.seed(), config.copies(), plan.slots(),
                new FaultInjector(config.faultRate(), config.seed(), config.failingRound()));
        if (config.blockCopies()) {
            int[] allCopies = IntStream.range(0, plan.copies()).toArray();
            for (int k = 0; k < plan.slots(); k++) {
                context.watch(context.spawn(ReplicaActor.create(setup, allCopies, k, tempering), "replicas-" + k));
            }
        } else {
            for (int c = 0; c < plan.copies(); c++) {
                for (int k = 0; k < plan.slots(); k++) {
                    context.watch(context.spawn(ReplicaActor.create(setup, c, k, tempering), "replica-" + c + "-" + k));
                }
            }
        }
        timers.startTimerWithFixedDelay(new CheckpointTick(), config.checkpointEvery());
        run.progress().started(firstRound, plan.totalRounds());
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(CheckpointTick.class, t -> {
                    tempering.tell(new TemperingCoordinator.RequestSnapshot());
                    return this;
                })
                .onMessage(RoundFinished.class, this::onRoundFinished)
                .onMessage(OverlapSnapshot.class, this::onOverlapSnapshot)
                .onMessage(TemperingFinished.class, f -> {
                    finished = f;
                    return completeIfDone();
                })
                .onMessage(ReplicaStuck.class, this::onReplicaStuck)
                .onMessage(OverlapSummaries.class, s -> {
                    summaries = s;
                    return completeIfDone();
                })
                .onSignal(ChildFailed.class, failed -> fail(new IllegalStateException(
                        failed.getRef().path().name() + " failed for good: " + failed.getCause(), failed.getCause())))
                .onSignal(Terminated.class, stopped -> fail(new IllegalStateException(
                        stopped.getRef().path().name() + " stopped before the run ended")))
                .build();
    }

    private Behavior<Command> onRoundFinished(RoundFinished r) {
        run.progress().roundFinished(r.round());
        if (r.snapshot() != null) {
            temperingCuts.put(r.round(), r.snapshot());
            return writeCheckpointIfComplete(r.round());
        }
        return this;
    }

    private Behavior<Command> onReplicaStuck(ReplicaStuck s) {
        stuck = s;
        if (s.cut() == null) {
            return stopStuck("nothing was checkpointed yet, so --resume starts it over");
        }
        temperingCuts.put(s.cut().round(), s.cut());
        return writeCheckpointIfComplete(s.cut().round());
    }

    /** Fails the run with the one line a repeating fault gets, saying what was kept. */
    private Behavior<Command> stopStuck(String kept) {
        return fail(new RunStoppedException("replica (copy " + stuck.copy() + ", slot " + stuck.slot() + ") failed at round "
                + stuck.round() + " on each of its " + stuck.attempts() + " attempts (" + stuck.reason()
                + "): a fault that repeats, not a passing one; the run stopped and " + kept
                + "; once the cause is fixed: densehebb run --resume " + run.recorder().folder()));
    }

    private Behavior<Command> onOverlapSnapshot(OverlapSnapshot s) {
        overlapCuts.put(s.round(), s.slots());
        return writeCheckpointIfComplete(s.round());
    }

    /** Both halves of a cut arrive separately (from two senders); the checkpoint is written when both are in. */
    private Behavior<Command> writeCheckpointIfComplete(long round) {
        TemperingCoordinator.Snapshot cut = temperingCuts.get(round);
        List<SlotStatistics.Snapshot> slots = overlapCuts.get(round);
        if (cut == null || slots == null) {
            return this;
        }
        temperingCuts.remove(round);
        overlapCuts.remove(round);
        try {
            run.recorder().checkpoint(new Checkpoint(Checkpoint.FORMAT_VERSION, round, cut.chains(), cut.exchange(), slots));
        } catch (Exception e) {
            return fail(new IllegalStateException("could not write the checkpoint in " + run.recorder().folder() + ": " + e, e));
        }
        getContext().getLog().debug("checkpoint written at round {}", round);
        if (stuck != null) {
            return stopStuck("its checkpoint at the end of round " + round + " is kept");
        }
        return completeIfDone();
    }

    private Behavior<Command> completeIfDone() {
        if (finished == null || summaries == null || !temperingCuts.isEmpty() || !overlapCuts.isEmpty()) {
            return this;
        }
        writeResults(run, finished.report(), finished.temperatures(), summaries.slots(), finished.seconds());
        return Behaviors.stopped();
    }

    /** Hands the results to the recorder and completes the run's outcome (exceptionally if they cannot be recorded). */
    private static void writeResults(RunContext run, SwapReport report, double[] temperatures, List<SlotSummary> slots,
                                     double simulationSeconds) {
        try {
            RunPlan plan = RunPlan.of(run.config());
            RunResults results = new RunResults(run.config(), run.codeVersion(), plan.totalRounds() * plan.sweepsPerRound(),
                    temperatures, slots, SwapTable.of(report), run.theory().apply(temperatures));
            run.recorder().finished(results);
            run.progress().finished();
            run.outcome().complete(new Completed(results, simulationSeconds));
        } catch (Exception e) {
            run.outcome().completeExceptionally(
                    new IllegalStateException("could not write the results in " + run.recorder().folder() + ": " + e, e));
        }
    }

    private Behavior<Command> fail(Throwable cause) {
        if (!run.outcome().isDone()) {
            run.outcome().completeExceptionally(cause);
        }
        return Behaviors.stopped();
    }
}
