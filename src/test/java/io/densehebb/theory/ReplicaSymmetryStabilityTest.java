package io.densehebb.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The RS stability value (replicon, de Almeida-Thouless) of the retrieval state at T > 0 and alpha > 0,
 * computed here without the solver's quadrature or formulas (docs/physics.md section 5; Hopfield,
 * rho = 0). Gaussian averages are composite Simpson sums written out in the test.
 *
 * <ul>
 *   <li>P = 2: the solver's m and q solve the AGS equations m = E tanh(beta(m + sqrt(alpha r) z)),
 *       q = E tanh^2, r = q / (1 - beta(1 - q))^2, and its stability value is the AGS replicon
 *       alpha beta^2 / (1 - beta(1 - q))^2 E sech^4.</li>
 *   <li>P >= 4: the replicon is the slope, at q' = q, of the overlap map of two replicas in the same
 *       state, G(q') = E_z0 [E_z1 tanh(beta h)]^2 with h = A + sqrt(xi'(q')) z0 + sqrt(xi'(q) - xi'(q')) z1,
 *       A = (P/2) m^(P-1), xi(q) = alpha (P!/4) q^P: G(q) = q at the RS point and RS is stable while
 *       G'(q) < 1. G' is taken by a second-order one-sided finite difference with step 1e-6 q (its
 *       truncation error grows like beta^6 step^2: a step of 1e-4 q is already 2 % off at T = 0.05),
 *       so this checks the closed form beta^2 xi''(q) E sech^4 of the solver against the derivative it
 *       stands for, to 1e-4 (measured: 4e-6 at worst).</li>
 * </ul>
 *
 * The points lie on both sides of 1 (P = 4 at alpha = 0.03, T = 0.1 and P = 6 at alpha = 0.001,
 * T = 0.05 are RS-unstable retrieval states), so a verdict flipped by a wrong factor would show.
 */
class ReplicaSymmetryStabilityTest {

    @ParameterizedTest(name = "P = 2, alpha = {0}, T = {1}")
    @CsvSource({"0.05, 0.3", "0.1, 0.2", "0.13, 0.1", "0.1, 0.02"})
    void pairNetworkStabilityIsTheAgsReplicon(double alpha, double temperature) {
        RsSolution s = retrieval(2, alpha, temperature);
        double beta = 1 / temperature;
        double d = 1 - beta * (1 - s.q());
        double noise = Math.sqrt(alpha * s.q() / (d * d));
        DoubleUnaryOperator field = z -> beta * (s.m() + noise * z);
        assertThat(gauss(z -> Math.tanh(field.applyAsDouble(z)))).as("AGS m").isCloseTo(s.m(), within(1e-9));
        assertThat(gauss(z -> Math.pow(Math.tanh(field.applyAsDouble(z)), 2))).as("AGS q").isCloseTo(s.q(), within(1e-9));
        double replicon = alpha * beta * beta / (d * d) * gauss(z -> Math.pow(1 / Math.cosh(field.applyAsDouble(z)), 4));
        assertThat(s.stabilityValue()).as("AGS replicon").isCloseTo(replicon, within(1e-8 * Math.max(1, replicon)));
        assertThat(s.stable()).isEqualTo(replicon < 1);
    }

    @ParameterizedTest(name = "P = {0}, alpha = {1}, T = {2}")
    @CsvSource({"4, 0.01, 0.2", "4, 0.02, 0.5", "4, 0.03, 0.1", "6, 0.0008, 0.3", "6, 0.001, 0.05"})
    void denseNetworkStabilityIsTheSlopeOfTheTwoReplicaOverlapMap(int p, double alpha, double temperature) {
        RsSolution s = retrieval(p, alpha, temperature);
        double beta = 1 / temperature;
        double factorial = 1;
        for (int k = 2; k <= p; k++) {
            factorial *= k;
        }
        double a = p / 2.0 * Math.pow(s.m(), p - 1);
        double xiPrimeScale = alpha * factorial / 4 * p; // xi'(q) = alpha (P!/4) P q^(P-1)
        double q = s.q();
        DoubleUnaryOperator overlapMap = qq -> {
            double shared = Math.sqrt(xiPrimeScale * Math.pow(qq, p - 1));
            double own = Math.sqrt(Math.max(0, xiPrimeScale * (Math.pow(q, p - 1) - Math.pow(qq, p - 1))));
            // the outer integrand changes sign within 1 / (beta sqrt(xi'(q))) of z0 = -A / sqrt(xi'(q)):
            // a fine panel there, coarse ones on either side
            double kink = -a / shared;
            return gaussOnPanels(z0 -> {
                double inner = gauss(z1 -> Math.tanh(beta * (a + shared * z0 + own * z1)), 401);
                return inner * inner;
            }, kink - 1, kink + 1);
        };
        double g0 = overlapMap.applyAsDouble(q);
        assertThat(g0).as("G(q) = q at the RS point").isCloseTo(q, within(1e-7));
        double delta = 1e-6 * q;
        double slope = (3 * g0 - 4 * overlapMap.applyAsDouble(q - delta) + overlapMap.applyAsDouble(q - 2 * delta)) / (2 * delta);
        org.slf4j.LoggerFactory.getLogger(ReplicaSymmetryStabilityTest.class).info(
                "P = {}, alpha = {}, T = {}: m {}, q {}, stability {} (slope of the overlap map {})", p, alpha, temperature,
                s.m(), q, s.stabilityValue(), slope);
        assertThat(s.stabilityValue()).as("replicon against G'(q)").isCloseTo(slope, within(1e-4 * Math.max(1, slope)));
    }

    private static RsSolution retrieval(int p, double alpha, double temperature) {
        return RsSolver.solve(RsProblem.highLoad(ModelKind.HOPFIELD, p, alpha, temperature, DatasetQuality.clean(),
                Interaction.DISTINCT)).branch(Branch.RETRIEVAL).orElseThrow();
    }

    private static double gauss(DoubleUnaryOperator f) {
        return gauss(f, 20_001);
    }

    /** E f(z), z standard normal, by composite Simpson on [-10, 10] with {@code points} (odd) nodes. */
    private static double gauss(DoubleUnaryOperator f, int points) {
        return simpson(f, -10, 10, points);
    }

    /** E f(z) with [lo, hi] (inside [-10, 10]) resolved 100 times finer than the rest. */
    private static double gaussOnPanels(DoubleUnaryOperator f, double lo, double hi) {
        double a = Math.max(-10, lo);
        double b = Math.min(10, hi);
        return simpson(f, -10, a, 2001) + simpson(f, a, b, 20001) + simpson(f, b, 10, 2001);
    }

    private static double simpson(DoubleUnaryOperator f, double from, double to, int points) {
        if (!(to > from)) {
            return 0;
        }
        int steps = points - 1;
        double h = (to - from) / steps;
        double sum = 0;
        for (int i = 0; i <= steps; i++) {
            double z = from + i * h;
            double w = (i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2) * h / 3;
            sum += w * Math.exp(-z * z / 2) * f.applyAsDouble(z);
        }
        return sum / Math.sqrt(2 * Math.PI);
    }
}
