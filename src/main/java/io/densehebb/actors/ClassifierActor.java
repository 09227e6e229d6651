package io.densehebb.actors;

import io.densehebb.mc.Relaxation;
import io.densehebb.model.RandomStreams;
import io.densehebb.observables.Magnetisations;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * A worker of a classification: given a range of inputs, relaxes the dynamics from each and reports,
 * per input, the overlaps m_mu of its start and of its final state with every archetype, and the
 * sweeps it took. Keeps no state between batches.
 */
public final class ClassifierActor {

    /** The worker's protocol. */
    public sealed interface Command extends CborSerializable permits Classify {
    }

    /** Relax inputs {@code from} (inclusive) to {@code to} (exclusive). */
    public record Classify(int from, int to, ActorRef<ClassificationCoordinator.Command> replyTo) implements Command {
    }

    private ClassifierActor() {
    }

    public static Behavior<Command> create(ClassificationSetup setup) {
        return Behaviors.setup(context -> Behaviors.receive(Command.class)
                .onMessage(Classify.class, batch -> {
                    batch.replyTo().tell(classify(setup, batch.from(), batch.to(), context.getSelf()));
                    return Behaviors.same();
                })
                .build());
    }

    static ClassificationCoordinator.Classified classify(ClassificationSetup setup, int from, int to,
                                                         ActorRef<Command> worker) {
        int k = setup.network().spec().K();
        int n = setup.network().n();
        int count = to - from;
        int[] sweeps = new int[count];
        double[] start = new double[count * k];
        double[] end = new double[count * k];
        int pictured = Math.max(0, Math.min(to, setup.pictures()) - from);
        byte[] finals = new byte[pictured * n];
        for (int j = from; j < to; j++) {
            byte[] image = setup.inputs().image(j);
            Relaxation.Result result = Relaxation.run(setup.couplings(), image, setup.temperature(), setup.rule(),
                    setup.order(), RandomStreams.create(setup.seed(), RandomStreams.Purpose.CLASSIFICATION, j), setup.maxSweeps());
            int row = j - from;
            sweeps[row] = result.sweeps();
            System.arraycopy(Magnetisations.mattis(setup.network(), image), 0, start, row * k, k);
            System.arraycopy(Magnetisations.mattis(setup.network(), result.state()), 0, end, row * k, k);
            if (row < pictured) {
                System.arraycopy(result.state(), 0, finals, row * n, n);
            }
        }
        return new ClassificationCoordinator.Classified(from, to, sweeps, start, end, finals, worker);
    }
}
