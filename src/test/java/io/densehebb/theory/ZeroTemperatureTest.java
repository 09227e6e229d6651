package io.densehebb.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.util.CombinatoricsUtils;
import org.junit.jupiter.api.Test;

/** The T = 0 closed forms of docs/physics.md section 5, and that they are the limits of the T > 0 equations. */
class ZeroTemperatureTest {

    @Test
    void highLoadMagnetisationMatchesTheClosedForm() {
        int p = 4;
        double rho = 0.2;
        double alpha = 0.01;
        RsSolution s = ReferenceNumbersTest.retrieval(RsProblem.highLoad(ModelKind.SUPERVISED, p, alpha, 0,
                DatasetQuality.gaussian(rho), Interaction.DISTINCT));
        double scale = p / 2.0 * Math.pow(1 + rho, p / 2.0 - 1) * Math.pow(s.n(), p - 1)
                / Math.sqrt(alpha * p * CombinatoricsUtils.factorialDouble(p) / 4);
        GaussIntegrator hermite = new GaussIntegratorFactory().hermite(64);
        double closedForm = hermite.integrate(x -> Erf.erf(scale * (1 + Math.sqrt(rho) * Math.sqrt(2) * x) / Math.sqrt(2)))
                / Math.sqrt(Math.PI);
        assertThat(s.q()).isEqualTo(1.0);
        assertThat(s.m()).isCloseTo(closedForm, within(1e-9));
    }

    @Test
    void lowLoadSpinsFollowTheSignOfTheExampleAverage() {
        int examples = 5;
        double r = 0.4;
        RsSolution s = ReferenceNumbersTest.retrieval(RsProblem.lowLoad(ModelKind.SUPERVISED, 4, 0,
                DatasetQuality.finiteSample(examples, r), Interaction.DISTINCT));
        BinomialDistribution b = new BinomialDistribution(null, examples, (1 + r) / 2);
        double signMean = 1 - 2 * b.cumulativeProbability(examples / 2);
        assertThat(s.m()).isCloseTo(signMean, within(1e-12));
    }

    @Test
    void zeroTemperatureIsTheLimitOfLowTemperatures() {
        RsProblem[] problems = {
            RsProblem.highLoad(ModelKind.HOPFIELD, 2, 0.05, 0, DatasetQuality.clean(), Interaction.DISTINCT),
            RsProblem.highLoad(ModelKind.HOPFIELD, 4, 0.02, 0, DatasetQuality.clean(), Interaction.DISTINCT),
            RsProblem.highLoad(ModelKind.SUPERVISED, 4, 0.005, 0, DatasetQuality.finiteSample(7, 0.8),
                    Interaction.FULL_POWER),
        };
        for (RsProblem zero : problems) {
            RsResult atZero = RsSolver.solve(zero);
            RsResult cold = RsSolver.solve(zero.withTemperature(0.002));
            for (Branch b : new Branch[] {Branch.RETRIEVAL, Branch.SPIN_GLASS}) {
                RsSolution z = atZero.branch(b).orElseThrow();
                RsSolution c = cold.branch(b).orElseThrow();
                assertThat(c.m()).as(zero.describe() + " " + b).isCloseTo(z.m(), within(2e-3));
                assertThat(c.freeEnergy()).as(zero.describe() + " " + b).isCloseTo(z.freeEnergy(), within(2e-3));
            }
        }
    }

    @Test
    void zeroTemperatureReplicaSymmetryIsUnstableWithGlassyNoiseOnly() {
        RsSolution highLoad = ReferenceNumbersTest.retrieval(
                RsProblem.highLoad(ModelKind.HOPFIELD, 2, 0.05, 0, DatasetQuality.clean(), Interaction.DISTINCT));
        RsSolution lowLoad = ReferenceNumbersTest.retrieval(
                RsProblem.lowLoad(ModelKind.HOPFIELD, 2, 0, DatasetQuality.clean(), Interaction.DISTINCT));
        assertThat(highLoad.stabilityValue()).isInfinite();
        assertThat(highLoad.stable()).isFalse();
        assertThat(lowLoad.stabilityValue()).isZero();
        assertThat(lowLoad.m()).isEqualTo(1.0);
    }
}
