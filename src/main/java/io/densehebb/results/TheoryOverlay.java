package io.densehebb.results;

import io.densehebb.config.RunConfig;
import io.densehebb.model.InvalidParameterException;
import io.densehebb.model.ModelKind;
import io.densehebb.model.NetworkSpec;
import io.densehebb.theory.DatasetQuality;
import io.densehebb.theory.RsProblem;
import io.densehebb.theory.RsResult;
import io.densehebb.theory.RsSolver;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The replica-symmetric prediction drawn next to a run's Monte Carlo points: at each slot's
 * temperature, the thermodynamically selected RS branch (lowest RS free energy) for the run's model,
 * P, load alpha = K / N^(P-1) (low load for one pattern, or alpha below 1e-6) and dataset (exact
 * finite-M average with the run's M and r). Where the
 * theory does not apply (odd P, an interaction it is not derived for) the overlay is empty.
 */
public final class TheoryOverlay {

    private static final Logger LOG = LoggerFactory.getLogger(TheoryOverlay.class);

    /** Below this alpha the pattern noise is negligible and the low-load equations are used. */
    static final double LOW_LOAD_ALPHA = 1e-6;

    private TheoryOverlay() {
    }

    /** A function from the final slot temperatures to the theory points of the run (possibly an empty list). */
    public static Function<double[], List<TheoryPoint>> forRun(RunConfig config) {
        return temperatures -> points(config.network(), temperatures);
    }

    static List<TheoryPoint> points(NetworkSpec spec, double[] temperatures) {
        RsProblem base;
        try {
            base = problem(spec, temperatures.length == 0 ? 1.0 : temperatures[0]);
        } catch (InvalidParameterException e) {
            LOG.info("no RS theory overlay: {}", e.getMessage());
            return List.of();
        }
        List<TheoryPoint> points = new ArrayList<>();
        for (double t : temperatures) {
            RsResult result = RsSolver.solve(base.withTemperature(t));
            points.add(new TheoryPoint(result.selected().m(), result.selected().n(), result.selected().q()));
        }
        return points;
    }

    static RsProblem problem(NetworkSpec spec, double temperature) {
        DatasetQuality data = spec.kind() == ModelKind.HOPFIELD
                ? DatasetQuality.clean()
                : DatasetQuality.finiteSample(spec.M(), spec.r());
        double alpha = spec.K() / Math.pow(spec.N(), spec.P() - 1);
        // one pattern has no other pattern to make noise: low load exactly, whatever K / N^(P-1) is
        return alpha < LOW_LOAD_ALPHA || spec.K() == 1
                ? RsProblem.lowLoad(spec.kind(), spec.P(), temperature, data, spec.interaction())
                : RsProblem.highLoad(spec.kind(), spec.P(), alpha, temperature, data, spec.interaction());
    }
}
