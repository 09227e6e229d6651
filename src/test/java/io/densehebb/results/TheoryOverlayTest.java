package io.densehebb.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import io.densehebb.model.NetworkSpec;
import io.densehebb.theory.DatasetQuality;
import io.densehebb.theory.RsProblem;
import io.densehebb.theory.RsSolver;
import io.densehebb.theory.RsSolution;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

/**
 * From a run's network to the RS curve printed in summary.json, temperatures.csv and the report: the
 * load is alpha = K / N^(P-1) (low load below 1e-6), the dataset the exact finite-M average with the
 * run's M and r (not the Gaussian limit of its rho), and the point the selected branch of that problem.
 * Checked against problems built by hand and against values known without the solver.
 */
class TheoryOverlayTest {

    private static final double[] TEMPERATURES = {0.0, 0.3, 0.6};

    @Test
    void lowLoadSupervisedUsesTheExactFiniteMAverageOfTheRunsMAndR() {
        NetworkSpec spec = new NetworkSpec(ModelKind.SUPERVISED, 4, 400, 3, 21, 0.4, Interaction.DISTINCT);
        List<TheoryPoint> points = TheoryOverlay.points(spec, TEMPERATURES);
        for (int k = 0; k < TEMPERATURES.length; k++) {
            RsSolution expected = RsSolver.solve(RsProblem.lowLoad(ModelKind.SUPERVISED, 4, TEMPERATURES[k],
                    DatasetQuality.finiteSample(21, 0.4), Interaction.DISTINCT)).selected();
            assertThat(points.get(k)).isEqualTo(new TheoryPoint(expected.m(), expected.n(), expected.q()));
        }
        // T = 0, low load: sigma_i = sign(etahat_i), m = P(B > M/2) - P(B < M/2), B ~ Binomial(M, (1 + r)/2), M odd
        BinomialDistribution b = new BinomialDistribution(21, 0.7);
        assertThat(points.get(0).m()).isCloseTo(1 - 2 * b.cumulativeProbability(10), within(1e-9));
        // the Gaussian limit of the same rho is a different number: the mapping really uses M and r
        RsSolution gaussian = RsSolver.solve(RsProblem.lowLoad(ModelKind.SUPERVISED, 4, 0.0,
                DatasetQuality.gaussian(spec.rho()), Interaction.DISTINCT)).selected();
        assertThat(Math.abs(gaussian.m() - points.get(0).m())).isGreaterThan(1e-4);
    }

    @Test
    void highLoadIsAlphaKOverNToThePMinusOne() {
        // N = 20, P = 4: alpha = K / 8000. K = 8: alpha = 0.001, where retrieval is the equilibrium at low T;
        // K = 400: alpha = 0.05, above alpha_c(T = 0) = 0.03298, where no retrieval state exists (with
        // alpha = K / N it would be 20 and 0.05 would be K = 1)
        List<TheoryPoint> below = TheoryOverlay.points(NetworkSpec.hopfield(4, 20, 8, Interaction.DISTINCT), TEMPERATURES);
        List<TheoryPoint> above = TheoryOverlay.points(NetworkSpec.hopfield(4, 20, 400, Interaction.DISTINCT), TEMPERATURES);
        for (int k = 0; k < TEMPERATURES.length; k++) {
            RsSolution expected = RsSolver.solve(RsProblem.highLoad(ModelKind.HOPFIELD, 4, 0.001, TEMPERATURES[k],
                    DatasetQuality.clean(), Interaction.DISTINCT)).selected();
            assertThat(below.get(k).m()).isEqualTo(expected.m());
            assertThat(below.get(k).q()).isEqualTo(expected.q());
        }
        assertThat(below.get(0).m()).as("retrieval below alpha_c").isGreaterThan(0.9);
        assertThat(above).allSatisfy(p -> assertThat(p.m()).as("no retrieval above alpha_c").isZero());
    }

    @Test
    void unsupervisedHighLoadAndPairNetworksMapToTheirOwnProblems() {
        NetworkSpec unsupervised = new NetworkSpec(ModelKind.UNSUPERVISED, 4, 30, 54, 5, 0.8, Interaction.DISTINCT);
        TheoryPoint point = TheoryOverlay.points(unsupervised, new double[] {0.3}).get(0);
        RsSolution expected = RsSolver.solve(RsProblem.highLoad(ModelKind.UNSUPERVISED, 4, 54 / 27000.0, 0.3,
                DatasetQuality.finiteSample(5, 0.8), Interaction.DISTINCT)).selected();
        assertThat(point).isEqualTo(new TheoryPoint(expected.m(), expected.n(), expected.q()));
        // P = 2 with K = 2, N = 40 is AGS at alpha = K / N = 0.05
        TheoryPoint pair = TheoryOverlay.points(NetworkSpec.hopfield(2, 40, 2, Interaction.DISTINCT), new double[] {0.5}).get(0);
        RsSolution ags = RsSolver.solve(RsProblem.highLoad(ModelKind.HOPFIELD, 2, 0.05, 0.5, DatasetQuality.clean(),
                Interaction.DISTINCT)).selected();
        assertThat(pair.m()).isEqualTo(ags.m());
    }

    @Test
    void oddPHasNoOverlay() {
        assertThat(TheoryOverlay.points(NetworkSpec.hopfield(3, 40, 2, Interaction.DISTINCT), TEMPERATURES)).isEmpty();
    }

    @Test
    void onePatternIsLowLoadAtAnySize() {
        // docs/physics.md section 6: P = 2 Hopfield, low load, T = 0.5: m = tanh(2 m) = 0.9575. With one
        // pattern there is no pattern noise, so N = 100 (K / N = 0.01) must not be read as high load.
        List<TheoryPoint> points = TheoryOverlay.points(NetworkSpec.hopfield(2, 100, 1, Interaction.DISTINCT), new double[] {0.5});
        assertThat(points.get(0).m()).isCloseTo(0.9575, within(1e-4));
    }

    @Test
    void onePatternLearnedFromExamplesKeepsTcOneAtP2() {
        // docs/physics.md section 6: P = 2 supervised at low load has T_c = 1 for every M and r
        NetworkSpec spec = new NetworkSpec(ModelKind.SUPERVISED, 2, 200, 1, 2, 0.3, Interaction.DISTINCT);
        assertThat(TheoryOverlay.points(spec, new double[] {0.9}).get(0).m()).isPositive();
        assertThat(TheoryOverlay.points(spec, new double[] {1.1}).get(0).m()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void severalPatternsAtFiniteLoadKeepTheirNoise() {
        // alpha = 0.03 at T = 0.1 lies below the AGS thermodynamic line: retrieval is selected, with
        // m below the noiseless value by the pattern noise
        double noiseless = TheoryOverlay.points(NetworkSpec.hopfield(2, 100, 1, Interaction.DISTINCT), new double[] {0.1}).get(0).m();
        double loaded = TheoryOverlay.points(NetworkSpec.hopfield(2, 100, 3, Interaction.DISTINCT), new double[] {0.1}).get(0).m();
        assertThat(loaded).isGreaterThan(0.9).isLessThan(noiseless - 1e-7);
    }
}
