package io.densehebb.theory;

import io.densehebb.model.Interaction;
import io.densehebb.model.InvalidParameterException;
import io.densehebb.model.ModelKind;
import java.util.Objects;

/**
 * What to draw: a model, a plane, the values held fixed and the two axes. Lines are traced by root
 * finding along y at each of x.points values of x; y.points is the scan that brackets the roots.
 *
 * @param data        the dataset for the alpha-T plane (ignored by the others, which vary it)
 * @param alpha       the fixed load for the rho-T and M-r planes (0 = low load)
 * @param temperature the fixed temperature for the M-r plane
 */
public record PhaseDiagramSpec(ModelKind model, int p, Interaction interaction, PhasePlane plane,
        DatasetQuality data, double alpha, double temperature, Axis x, Axis y) {

    /** An axis range and how many points it is sampled at. */
    public record Axis(double min, double max, int points) {
        public Axis {
            if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max)) {
                throw new InvalidParameterException("axis range", "[" + min + ", " + max + "]",
                        "finite min < max");
            }
            if (points < 2) {
                throw new InvalidParameterException("axis points", points, "an integer >= 2");
            }
        }

        public double at(int i) {
            return min + (max - min) * i / (points - 1);
        }
    }

    public PhaseDiagramSpec {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(interaction, "interaction");
        Objects.requireNonNull(plane, "plane");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (plane != PhasePlane.ALPHA_T && model == ModelKind.HOPFIELD) {
            throw new InvalidParameterException("plane", plane.configName(),
                    "alpha-T for the hopfield model (its dataset is clean: rho = 0)");
        }
        if (plane.yIsTemperature() && y.min() < 0) {
            throw new InvalidParameterException("y.min", y.min(), "a temperature >= 0");
        }
        if (plane == PhasePlane.ALPHA_T && x.min() < 0) {
            throw new InvalidParameterException("x.min", x.min(), "alpha >= 0");
        }
        if (plane == PhasePlane.RHO_T && x.min() < 0) {
            throw new InvalidParameterException("x.min", x.min(), "rho >= 0");
        }
        if (plane == PhasePlane.M_R && (x.min() < 1 || x.min() != Math.rint(x.min()) || x.max() != Math.rint(x.max()))) {
            throw new InvalidParameterException("x", "[" + x.min() + ", " + x.max() + "]", "integers M >= 1");
        }
        if (plane == PhasePlane.M_R && (y.min() <= 0 || y.max() > 1)) {
            throw new InvalidParameterException("y", "[" + y.min() + ", " + y.max() + "]", "0 < r <= 1");
        }
        // Fails early, with the theory's own message, on combinations it cannot solve.
        problem(model, p, interaction, plane, data, alpha, temperature, x.max(), y.max());
    }

    /** The RS problem at one point (x, y) of the plane. */
    public RsProblem problemAt(double xValue, double yValue) {
        return problem(model, p, interaction, plane, data, alpha, temperature, xValue, yValue);
    }

    private static RsProblem problem(ModelKind model, int p, Interaction interaction, PhasePlane plane,
            DatasetQuality data, double alpha, double temperature, double xValue, double yValue) {
        double a = plane == PhasePlane.ALPHA_T ? xValue : alpha;
        double t = plane == PhasePlane.M_R ? temperature : yValue;
        DatasetQuality d = switch (plane) {
            case ALPHA_T -> data;
            case RHO_T -> xValue == 0 ? DatasetQuality.clean() : DatasetQuality.gaussian(xValue);
            case M_R -> DatasetQuality.finiteSample((int) Math.round(xValue), yValue);
        };
        return a == 0 ? RsProblem.lowLoad(model, p, t, d, interaction)
                : RsProblem.highLoad(model, p, a, t, d, interaction);
    }

    /** The x values at which lines are traced: evenly spaced, and whole numbers for M. */
    public double[] xValues() {
        if (plane == PhasePlane.M_R) {
            int lo = (int) x.min();
            int hi = (int) x.max();
            int step = Math.max(1, (int) Math.ceil((hi - lo) / (double) (x.points() - 1)));
            return java.util.stream.IntStream.iterate(lo, m -> m <= hi, m -> m + step).asDoubleStream().toArray();
        }
        double[] values = new double[x.points()];
        for (int i = 0; i < values.length; i++) {
            values[i] = x.at(i);
        }
        return values;
    }

    public String title() {
        String fixed = switch (plane) {
            case ALPHA_T -> data.describe();
            case RHO_T -> alpha == 0 ? "low load" : "alpha = " + alpha;
            case M_R -> (alpha == 0 ? "low load" : "alpha = " + alpha) + ", T = " + temperature;
        };
        return model.configName() + ", P = " + p + ", " + interaction.configName() + ", " + fixed;
    }
}
