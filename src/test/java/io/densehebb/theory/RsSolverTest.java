package io.densehebb.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import org.junit.jupiter.api.Test;

class RsSolverTest {

    @Test
    void amitGutfreundSompolinskyBranchesAndSelection() {
        RsProblem problem = RsProblem.highLoad(ModelKind.HOPFIELD, 2, 0.1, 0.3, DatasetQuality.clean(), Interaction.DISTINCT);
        RsResult result = RsSolver.solve(problem);
        assertThat(result.branch(Branch.RETRIEVAL)).isPresent();
        assertThat(result.selected().branch()).isEqualTo(Branch.SPIN_GLASS);
        assertThat(result.dropped()).anySatisfy(reason -> assertThat(reason).startsWith("paramagnet"));
        assertThat(result.branches()).allSatisfy(s -> assertThat(s.residual()).isLessThan(1e-9));
        // alpha = 0.02 < 0.051: retrieval is the thermodynamic state at low T.
        assertThat(RsSolver.solve(problem.withAlpha(0.02)).selected().branch()).isEqualTo(Branch.RETRIEVAL);
    }

    @Test
    void aboveTheGlassLineOnlyTheParamagnetIsLeft() {
        RsResult result = RsSolver.solve(RsProblem.highLoad(ModelKind.HOPFIELD, 2, 0.1, 1.5, DatasetQuality.clean(),
                Interaction.DISTINCT));
        assertThat(result.branches()).extracting(RsSolution::branch).containsExactly(Branch.PARAMAGNET);
        assertThat(result.dropped()).anySatisfy(reason -> assertThat(reason).startsWith("retrieval"));
    }

    @Test
    void glassLineOfP2IsOnePlusSqrtAlpha() {
        for (double alpha : new double[] {0.02, 0.1, 0.3}) {
            RsProblem problem = RsProblem.highLoad(ModelKind.HOPFIELD, 2, alpha, 1, DatasetQuality.clean(),
                    Interaction.DISTINCT);
            double tg = ReferenceNumbersTest.root(t -> PhaseBoundaries.spinGlassExistence(problem.withTemperature(t)),
                    1.001, 2.5);
            assertThat(tg).isCloseTo(1 + Math.sqrt(alpha), within(1e-6));
        }
    }

    @Test
    void fullPowerLowersTheP4CapacityToAbout0132() {
        RsProblem problem = RsProblem.highLoad(ModelKind.HOPFIELD, 4, 0.01, 0, DatasetQuality.clean(),
                Interaction.FULL_POWER);
        double alphaC = ReferenceNumbersTest.spinodal(problem::withAlpha, 0.001, 0.1);
        // The extra 2-body noise 18 alpha q^2 raises xi'(1) from 24 alpha to 60 alpha.
        assertThat(alphaC).isCloseTo(distinctP4CapacityByHand() * 24 / 60, within(1e-6));
        assertThat(alphaC).isCloseTo(0.0132, within(1e-4));
    }

    /**
     * alpha_c of P = 4 at T = 0, rho = 0, derived here from docs/physics.md section 5 without the solver:
     * m = erf(s / sqrt 2), s = 2 m^3 / sqrt(24 alpha), i.e. m = erf(x) with x = m^3 / sqrt(12 alpha), so a
     * solution exists while alpha <= erf(x)^6 / (12 x^2) for some x; alpha_c is that function's maximum.
     */
    static double distinctP4CapacityByHand() {
        org.apache.commons.math3.analysis.UnivariateFunction alpha =
                x -> Math.pow(org.apache.commons.math3.special.Erf.erf(x), 6) / (12 * x * x);
        double best = new org.apache.commons.math3.optim.univariate.BrentOptimizer(1e-14, 1e-16).optimize(
                new org.apache.commons.math3.optim.MaxEval(1000),
                new org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction(alpha),
                org.apache.commons.math3.optim.nonlinear.scalar.GoalType.MAXIMIZE,
                new org.apache.commons.math3.optim.univariate.SearchInterval(0.5, 3.0)).getValue();
        assertThat(best).as("PHYSICS reference alpha_c(P = 4)").isCloseTo(0.03298, within(1e-5));
        return best;
    }

    @Test
    void fullPowerEqualsDistinctAtLowLoadAndForP2() {
        RsProblem low = RsProblem.lowLoad(ModelKind.SUPERVISED, 4, 0.5, DatasetQuality.gaussian(0.1), Interaction.DISTINCT);
        RsProblem lowFull = RsProblem.lowLoad(ModelKind.SUPERVISED, 4, 0.5, DatasetQuality.gaussian(0.1),
                Interaction.FULL_POWER);
        assertThat(RsSolver.solve(lowFull).selected()).isEqualTo(RsSolver.solve(low).selected());
        RsProblem p2 = RsProblem.highLoad(ModelKind.HOPFIELD, 2, 0.05, 0.3, DatasetQuality.clean(), Interaction.DISTINCT);
        RsProblem p2Full = RsProblem.highLoad(ModelKind.HOPFIELD, 2, 0.05, 0.3, DatasetQuality.clean(),
                Interaction.FULL_POWER);
        assertThat(RsSolver.solve(p2Full).selected()).isEqualTo(RsSolver.solve(p2).selected());
    }

    @Test
    void unsupervisedNoiseScaleIsLambda() {
        int examples = 10;
        double r = 0.7;
        RsProblem problem = RsProblem.highLoad(ModelKind.UNSUPERVISED, 4, 0.01, 0.3,
                DatasetQuality.finiteSample(examples, r), Interaction.DISTINCT);
        double bigR = r * r + (1 - r * r) / examples;
        assertThat(problem.noiseScale(4)).isCloseTo((1 + (examples - 1) * Math.pow(r, 8)) / (examples * Math.pow(bigR, 4)),
                within(1e-14));
        // One example per class: the unsupervised network is the supervised one.
        RsProblem one = RsProblem.highLoad(ModelKind.UNSUPERVISED, 4, 0.01, 0.3, DatasetQuality.finiteSample(1, r),
                Interaction.DISTINCT);
        RsProblem supervised = RsProblem.highLoad(ModelKind.SUPERVISED, 4, 0.01, 0.3, DatasetQuality.finiteSample(1, r),
                Interaction.DISTINCT);
        assertThat(one.noiseScale(4)).isCloseTo(1, within(1e-14));
        assertThat(RsSolver.solve(one).selected().m()).isCloseTo(RsSolver.solve(supervised).selected().m(), within(1e-14));
    }

    @Test
    void hopfieldIsSupervisedWithCleanData() {
        RsProblem hopfield = RsProblem.highLoad(ModelKind.HOPFIELD, 4, 0.01, 0.5, DatasetQuality.clean(), Interaction.DISTINCT);
        RsProblem supervised = RsProblem.highLoad(ModelKind.SUPERVISED, 4, 0.01, 0.5, DatasetQuality.finiteSample(1, 1),
                Interaction.DISTINCT);
        RsSolution a = RsSolver.solve(hopfield).selected();
        RsSolution b = RsSolver.solve(supervised).selected();
        assertThat(a.m()).isCloseTo(b.m(), within(1e-12));
        assertThat(a.freeEnergy()).isCloseTo(b.freeEnergy(), within(1e-12));
    }
}
