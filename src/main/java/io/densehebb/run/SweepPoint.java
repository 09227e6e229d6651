package io.densehebb.run;

import io.densehebb.config.RunConfig;
import io.densehebb.config.SweepSpec;
import io.densehebb.model.ModelKind;
import io.densehebb.model.NetworkSpec;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One run of a sweep: a point (its coordinates, one value per sweep key) and a disorder sample.
 *
 * @param coordinates the point's values, in the order of the sweep's keys
 * @param sample      the disorder sample index, 0 .. samples - 1
 * @param folder      the run folder's name under points/, readable: its coordinates and sample
 * @param config      the point's resolved run, with the seeds it was given
 */
public record SweepPoint(List<SweepSpec.Coordinate> coordinates, int sample, String folder, RunConfig config) {

    public SweepPoint {
        coordinates = List.copyOf(coordinates);
    }

    /** The coordinates as a person reads them: {@code model.N = 100, model.alpha = 0.05} (or "the base run"). */
    public String describe() {
        return describe(coordinates);
    }

    static String describe(List<SweepSpec.Coordinate> coordinates) {
        return coordinates.isEmpty() ? "the base run"
                : coordinates.stream().map(c -> c.key() + " = " + c.value()).collect(Collectors.joining(", "));
    }

    /** The disorder seed of this point (shared by its samples, which differ by the sample index). */
    public long disorderSeed() {
        return config.disorder().seed();
    }

    /**
     * A rough cost of the run, to start the longest first: its flips times the stored terms each
     * attempted flip reads (K, or K x M unsupervised), plus a few for the rest of an attempt.
     */
    public double cost() {
        NetworkSpec network = config.network();
        long terms = network.kind() == ModelKind.UNSUPERVISED ? (long) network.K() * network.M() : network.K();
        return (double) flips() * (terms + 8);
    }

    /** The flips of the whole run: rounds x sweeps per round x replicas x N. */
    public long flips() {
        RunPlan plan = RunPlan.of(config);
        return plan.totalRounds() * plan.sweepsPerRound() * plan.copies() * plan.slots() * config.network().N();
    }
}
