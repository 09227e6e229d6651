package io.densehebb.actors;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import io.densehebb.run.RunOutcome;
import io.densehebb.run.RunPlan;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.pekko.actor.typed.ActorSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one simulation on its own actor system: the dispatcher gets exactly the configured number of
 * threads, the run guardian is the root, and the call returns when the results are written (or
 * throws what failed the run).
 */
public final class RunEngine {

    private static final Logger LOG = LoggerFactory.getLogger(RunEngine.class);

    private RunEngine() {
    }

    /**
     * @param run   the run's context; its {@code outcome} future is completed by the guardian
     * @param extra Pekko settings layered over the defaults (tests turn on serialize-messages here)
     */
    public static RunOutcome run(RunGuardian.RunContext run, Config extra) throws Exception {
        int threads = run.config().effectiveThreads();
        if (run.config().threads() > threads) {
            LOG.warn("threads = {} is more than the {} core(s) here: using {} (the results are the same on any number)",
                    run.config().threads(), threads, threads);
        }
        Config pekko = extra
                .withFallback(ConfigFactory.empty()
                        .withValue("pekko.actor.default-dispatcher.thread-pool-executor.fixed-pool-size", ConfigValueFactory.fromAnyRef(threads)))
                .withFallback(ConfigFactory.parseResources("densehebb-pekko.conf"))
                .withFallback(ConfigFactory.defaultReference())
                .resolve();
        LOG.debug("starting a run with {} thread(s) in {}", threads, run.recorder().folder());
        CompletableFuture<RunGuardian.Completed> outcome = run.outcome();
        long start = System.nanoTime();
        ActorSystem<RunGuardian.Command> system = ActorSystem.create(RunGuardian.create(run), "densehebb", pekko);
        system.getWhenTerminated().whenComplete((done, error) -> outcome.completeExceptionally(
                new IllegalStateException("the actor system stopped before the run finished", error)));
        try {
            RunGuardian.Completed completed = outcome.get();
            double seconds = (System.nanoTime() - start) * 1e-9;
            RunPlan plan = RunPlan.of(run.config());
            long rounds = plan.totalRounds() - (run.resume() == null ? 0 : run.resume().round() + 1);
            long flips = rounds * plan.sweepsPerRound() * plan.copies() * plan.slots() * run.config().network().N();
            LOG.info("{} flips attempted in {} s of rounds ({} s in all) on {} thread(s)", flips,
                    completed.simulationSeconds(), seconds, threads);
            return new RunOutcome(run.recorder().folder(), completed.results(), seconds, completed.simulationSeconds(), flips, threads);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            system.terminate();
            system.getWhenTerminated().toCompletableFuture().join();
        }
    }
}
