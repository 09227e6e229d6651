package io.densehebb.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every row of docs/physics.md section 6. */
class ReferenceNumbersTest {

    private static final Interaction DISTINCT = Interaction.DISTINCT;

    static double root(DoubleUnaryOperator f, double lo, double hi) {
        return new BrentSolver(1e-13, 1e-13).solve(500, f::applyAsDouble, lo, hi);
    }

    /** The parameter at which retrieval ceases to exist, from the smooth existence function. */
    static double spinodal(DoubleFunction<RsProblem> problem, double lo, double hi) {
        return root(v -> PhaseBoundaries.retrievalExistence(problem.apply(v)), lo, hi);
    }

    static RsSolution retrieval(RsProblem problem) {
        return RsSolver.solve(problem).branch(Branch.RETRIEVAL).orElseThrow();
    }

    @Test
    void hopfieldP2LowLoad() {
        RsProblem problem = RsProblem.lowLoad(ModelKind.HOPFIELD, 2, 0.5, DatasetQuality.clean(), DISTINCT);
        RsSolution s = retrieval(problem);
        assertThat(s.m()).isCloseTo(0.9575, within(1e-4));
        assertThat(s.m()).isCloseTo(Math.tanh(2 * s.m()), within(1e-12));
        assertThat(spinodal(problem::withTemperature, 0.5, 1.5)).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void hopfieldP2CapacityAtZeroTemperature() {
        RsProblem problem = RsProblem.highLoad(ModelKind.HOPFIELD, 2, 0.1, 0, DatasetQuality.clean(), DISTINCT);
        double alphaC = spinodal(problem::withAlpha, 0.05, 0.2);
        assertThat(alphaC).isCloseTo(0.138, within(1e-3));
        assertThat(retrieval(problem.withAlpha(alphaC - 1e-7)).m()).isCloseTo(0.967, within(1e-3));
        assertThat(RsSolver.solve(problem.withAlpha(alphaC + 1e-4)).branch(Branch.RETRIEVAL)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1, 0.5", "5, 0.3", "20, 0.6", "3, 0.9"})
    void supervisedP2LowLoadCriticalTemperatureIsOne(int examples, double r) {
        RsProblem problem = RsProblem.lowLoad(ModelKind.SUPERVISED, 2, 1,
                DatasetQuality.finiteSample(examples, r), DISTINCT);
        assertThat(spinodal(problem::withTemperature, 0.5, 1.5)).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void supervisedP2LowLoadCriticalTemperatureIsOneForGaussianExamples() {
        RsProblem problem = RsProblem.lowLoad(ModelKind.SUPERVISED, 2, 1, DatasetQuality.gaussian(0.7), DISTINCT);
        assertThat(spinodal(problem::withTemperature, 0.5, 1.5)).isCloseTo(1.0, within(1e-6));
    }

    @ParameterizedTest
    @CsvSource({"2, 0.2, 0.9747", "2, 0.5, 0.8427", "2, 1, 0.6827", "4, 0.2, 0.9747", "4, 0.5, 0.8427",
        "4, 1, 0.6827", "6, 0.2, 0.9747", "6, 0.5, 0.8427", "6, 1, 0.6827"})
    void supervisedLowLoadZeroTemperatureMagnetisationIsErf(int p, double rho, double reference) {
        RsProblem problem = RsProblem.lowLoad(ModelKind.SUPERVISED, p, 0, DatasetQuality.gaussian(rho), DISTINCT);
        double m = retrieval(problem).m();
        assertThat(m).isCloseTo(Erf.erf(1 / Math.sqrt(2 * rho)), within(1e-12));
        assertThat(m).isCloseTo(reference, within(1e-4));
    }

    @Test
    void p4LowLoadSpinodalAndFirstOrderLine() {
        RsProblem problem = RsProblem.lowLoad(ModelKind.HOPFIELD, 4, 0.8, DatasetQuality.clean(), DISTINCT);
        double spinodal = spinodal(problem::withTemperature, 0.8, 1.2);
        assertThat(spinodal).isCloseTo(0.991, within(1e-3));
        // docs/physics.md says m = 0.88 there; the value is 0.8894 (0.88 is truncated, not rounded).
        assertThat(retrieval(problem.withTemperature(spinodal - 1e-9)).m()).isCloseTo(0.8894, within(1e-3));
        double firstOrder = root(t -> PhaseBoundaries.retrievalAdvantage(problem.withTemperature(t)), 0.6, 0.9);
        assertThat(firstOrder).isCloseTo(0.726, within(1e-3));
    }

    @Test
    void p4CapacityAtZeroTemperature() {
        RsProblem problem = RsProblem.highLoad(ModelKind.HOPFIELD, 4, 0.01, 0, DatasetQuality.clean(), DISTINCT);
        assertThat(spinodal(problem::withAlpha, 0.01, 0.1)).isCloseTo(0.03298, within(1e-5));
    }

    @Test
    void p6CapacityAtZeroTemperature() {
        RsProblem problem = RsProblem.highLoad(ModelKind.HOPFIELD, 6, 0.001, 0, DatasetQuality.clean(), DISTINCT);
        // The reference has three significant digits: 0.001314 rounds to 0.00131.
        assertThat(spinodal(problem::withAlpha, 1e-4, 1e-2)).isCloseTo(0.00131, within(5e-6));
    }

    @Test
    void supervisedP2LowLoadGaussianAtHalfTemperature() {
        RsSolution s = retrieval(RsProblem.lowLoad(ModelKind.SUPERVISED, 2, 0.5, DatasetQuality.gaussian(0.1), DISTINCT));
        assertThat(s.m()).isCloseTo(0.8947, within(1e-4));
        assertThat(s.n()).isCloseTo(0.8418, within(1e-4));
        assertThat(s.q()).isCloseTo(0.8143, within(1e-4));
    }
}
