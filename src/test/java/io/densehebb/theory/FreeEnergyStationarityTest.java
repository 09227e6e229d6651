package io.densehebb.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The RS free energy is consistent with the self-consistency equations: with n, q and the field
 * variance V as independent variables its gradient vanishes at every solution (central finite
 * differences), and does not vanish away from it.
 */
class FreeEnergyStationarityTest {

    private static final double STEP = 1e-5;

    static Stream<RsProblem> finiteTemperatureProblems() {
        return Stream.of(
                RsProblem.highLoad(ModelKind.HOPFIELD, 2, 0.05, 0.4, DatasetQuality.clean(), Interaction.DISTINCT),
                RsProblem.highLoad(ModelKind.SUPERVISED, 2, 0.02, 0.3, DatasetQuality.gaussian(0.1), Interaction.DISTINCT),
                RsProblem.highLoad(ModelKind.SUPERVISED, 4, 0.01, 0.4, DatasetQuality.gaussian(0.2), Interaction.DISTINCT),
                RsProblem.highLoad(ModelKind.UNSUPERVISED, 4, 0.004, 0.3, DatasetQuality.finiteSample(8, 0.8),
                        Interaction.FULL_POWER),
                RsProblem.highLoad(ModelKind.HOPFIELD, 6, 0.0008, 0.5, DatasetQuality.clean(), Interaction.DISTINCT),
                RsProblem.lowLoad(ModelKind.SUPERVISED, 4, 0.6, DatasetQuality.finiteSample(6, 0.7), Interaction.DISTINCT));
    }

    @ParameterizedTest
    @MethodSource("finiteTemperatureProblems")
    void gradientVanishesAtEveryBranch(RsProblem problem) {
        FiniteTemperatureSaddlePoint map = new FiniteTemperatureSaddlePoint(problem);
        RsResult result = RsSolver.solve(problem);
        for (RsSolution s : result.branches()) {
            double variance = map.noise.fieldVariance(s.q(), problem.beta());
            // At low load q and V do not enter: only n is a variable.
            double[] at = map.dimension() == 1 ? new double[] {s.n()} : new double[] {s.n(), s.q(), variance};
            double[] gradient = gradient(x -> map.variationalFreeEnergy(x[0], x.length > 1 ? x[1] : 0,
                    x.length > 1 ? x[2] : 0), at);
            for (double g : gradient) {
                assertThat(g).as(problem.describe() + " " + s.branch()).isCloseTo(0, within(1e-6));
            }
            assertThat(map.variationalFreeEnergy(s.n(), s.q(), variance)).isCloseTo(s.freeEnergy(), within(1e-14));
        }
        RsSolution retrieval = result.branch(Branch.RETRIEVAL).orElseThrow();
        double slope = gradient(x -> map.variationalFreeEnergy(x[0], retrieval.q(),
                map.noise.fieldVariance(retrieval.q(), problem.beta())), new double[] {retrieval.n() - 0.05})[0];
        assertThat(Math.abs(slope)).isGreaterThan(1e-3);
    }

    @Test
    void groundStateEnergyIsStationaryInNAndC() {
        RsProblem[] problems = {
            RsProblem.highLoad(ModelKind.SUPERVISED, 2, 0.05, 0, DatasetQuality.finiteSample(9, 0.7), Interaction.DISTINCT),
            RsProblem.highLoad(ModelKind.HOPFIELD, 4, 0.02, 0, DatasetQuality.clean(), Interaction.DISTINCT),
        };
        for (RsProblem problem : problems) {
            ZeroTemperatureSaddlePoint map = new ZeroTemperatureSaddlePoint(problem);
            RsSolution s = ReferenceNumbersTest.retrieval(problem);
            double[] at = map.dimension() == 2 ? new double[] {s.n(), map.completeAt(s.n())[1]} : new double[] {s.n()};
            for (double g : gradient(map::groundStateEnergy, at)) {
                assertThat(g).as(problem.describe()).isCloseTo(0, within(1e-6));
            }
        }
    }

    @Test
    void paramagnetIsTheAnnealedFreeEnergy() {
        int p = 4;
        double alpha = 0.01;
        double t = 2;
        RsProblem problem = RsProblem.highLoad(ModelKind.HOPFIELD, p, alpha, t, DatasetQuality.clean(), Interaction.DISTINCT);
        RsSolution para = RsSolver.solve(problem).branch(Branch.PARAMAGNET).orElseThrow();
        // -T ln 2 - Var(H) / (2 N T) with Var(H) = N alpha P! / 4 for the distinct-index noise.
        assertThat(para.freeEnergy()).isCloseTo(-t * Math.log(2) - alpha * 24 / 4 / (2 * t), within(1e-12));
    }

    /** Central differences; second-order forward ones for q and V at 0, which cannot go negative. */
    private static double[] gradient(ToDoubleFunction<double[]> f, double[] at) {
        double[] g = new double[at.length];
        for (int i = 0; i < at.length; i++) {
            double[] plus = at.clone();
            plus[i] += STEP;
            if (i > 0 && at[i] == 0) {
                double[] twice = at.clone();
                twice[i] += 2 * STEP;
                g[i] = (-3 * f.applyAsDouble(at) + 4 * f.applyAsDouble(plus) - f.applyAsDouble(twice)) / (2 * STEP);
            } else {
                double[] minus = at.clone();
                minus[i] -= STEP;
                g[i] = (f.applyAsDouble(plus) - f.applyAsDouble(minus)) / (2 * STEP);
            }
        }
        return g;
    }
}
