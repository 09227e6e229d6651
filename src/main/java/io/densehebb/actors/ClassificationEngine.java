package io.densehebb.actors;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import io.densehebb.run.RunProgress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.pekko.actor.typed.ActorSystem;

/**
 * Runs one classification on its own actor system with exactly {@code threads} dispatcher threads
 * and one classifier per thread; returns when every input is back (or throws what failed).
 */
public final class ClassificationEngine {

    private ClassificationEngine() {
    }

    /** @param extra Pekko settings layered over the defaults (tests turn on serialize-messages here) */
    public static ClassificationCoordinator.Outcome run(ClassificationSetup setup, int threads, RunProgress progress,
                                                        Config extra) throws Exception {
        Config pekko = extra
                .withFallback(ConfigFactory.empty()
                        .withValue("pekko.actor.default-dispatcher.thread-pool-executor.fixed-pool-size", ConfigValueFactory.fromAnyRef(threads)))
                .withFallback(ConfigFactory.parseResources("densehebb-pekko.conf"))
                .withFallback(ConfigFactory.defaultReference())
                .resolve();
        CompletableFuture<ClassificationCoordinator.Outcome> outcome = new CompletableFuture<>();
        ActorSystem<ClassificationCoordinator.Command> system = ActorSystem.create(
                ClassificationCoordinator.create(setup, threads, progress, outcome), "densehebb-classify", pekko);
        system.getWhenTerminated().whenComplete((done, error) -> outcome.completeExceptionally(
                new IllegalStateException("the actor system stopped before the classification finished", error)));
        try {
            return outcome.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            system.terminate();
            system.getWhenTerminated().toCompletableFuture().join();
        }
    }
}
