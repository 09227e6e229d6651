package io.densehebb.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.junit.jupiter.api.Test;

class PhaseDiagramCalculatorTest {

    @Test
    void hopfieldP2LinesOnASmallGrid() {
        PhaseDiagramSpec spec = new PhaseDiagramSpec(ModelKind.HOPFIELD, 2, Interaction.DISTINCT, PhasePlane.ALPHA_T,
                DatasetQuality.clean(), 0, 0, new PhaseDiagramSpec.Axis(0, 0.15, 4), new PhaseDiagramSpec.Axis(0, 1.5, 7));
        PhaseDiagram diagram = PhaseDiagramCalculator.compute(spec);
        Map<String, PhaseDiagram.PhaseLine> lines = diagram.lines().stream()
                .collect(Collectors.toMap(PhaseDiagram.PhaseLine::name, l -> l));
        assertThat(lines.get(PhaseDiagramCalculator.SPIN_GLASS).points())
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(p -> assertThat(p.y()).isCloseTo(1 + Math.sqrt(p.x()), within(1e-6)));
        assertThat(lines.get(PhaseDiagramCalculator.SPINODAL).points())
                .anySatisfy(p -> {
                    assertThat(p.x()).isZero();
                    assertThat(p.y()).isCloseTo(1, within(1e-6));
                })
                .anySatisfy(p -> {
                    assertThat(p.y()).isZero();
                    assertThat(p.x()).isCloseTo(0.138, within(1e-3));
                });
        double firstOrderAtZeroTemperature = agsZeroTemperatureFirstOrderLoad();
        assertThat(lines.get(PhaseDiagramCalculator.FIRST_ORDER).points()).anySatisfy(p -> {
            assertThat(p.y()).isZero();
            assertThat(p.x()).isCloseTo(firstOrderAtZeroTemperature, within(1e-5));
        });
        assertThat(diagram.regions()).extracting(PhaseDiagram.RegionLabel::text)
                .contains(PhaseDiagramCalculator.RETRIEVAL_REGION, PhaseDiagramCalculator.SPIN_GLASS_REGION,
                        PhaseDiagramCalculator.PARAMAGNET_REGION);
    }

    /**
     * P = 4 Hopfield in the (alpha, T) plane: at alpha = 0 the spinodal and the first-order line are the
     * low-load ones, derived here without the solver: m = tanh(2 m^3 / T) has a solution while
     * T <= max_y 2 tanh^3(y) / y (0.99157), and retrieval, f = (3/2) m^4 - T ln 2cosh(2 m^3 / T), meets the
     * paramagnet, f = -T ln 2, at 0.7259 (docs/physics.md section 6: 0.991 and 0.726).
     */
    @Test
    void denseP4LinesStartAtTheLowLoadTransitions() {
        PhaseDiagramSpec spec = new PhaseDiagramSpec(ModelKind.HOPFIELD, 4, Interaction.DISTINCT, PhasePlane.ALPHA_T,
                DatasetQuality.clean(), 0, 0, new PhaseDiagramSpec.Axis(0, 0.03, 3), new PhaseDiagramSpec.Axis(0, 1.2, 5));
        Map<String, PhaseDiagram.PhaseLine> lines = PhaseDiagramCalculator.compute(spec).lines().stream()
                .collect(Collectors.toMap(PhaseDiagram.PhaseLine::name, l -> l));
        double spinodal = -new BrentOptimizer(1e-13, 1e-15).optimize(new MaxEval(1000),
                new UnivariateObjectiveFunction(y -> -2 * Math.pow(Math.tanh(y), 3) / y), GoalType.MINIMIZE,
                new SearchInterval(0.5, 3)).getValue();
        double firstOrder = new BrentSolver(1e-13).solve(1000, t -> lowLoadRetrievalMinusParamagnet(t), 0.5, 0.98);
        assertThat(spinodal).isCloseTo(0.9916, within(1e-4));
        assertThat(firstOrder).isCloseTo(0.7259, within(1e-4));
        assertThat(lines.get(PhaseDiagramCalculator.SPINODAL).points()).anySatisfy(p -> {
            assertThat(p.x()).isZero();
            assertThat(p.y()).isCloseTo(spinodal, within(1e-6));
        });
        assertThat(lines.get(PhaseDiagramCalculator.FIRST_ORDER).points()).anySatisfy(p -> {
            assertThat(p.x()).isZero();
            assertThat(p.y()).isCloseTo(firstOrder, within(1e-6));
        });
    }

    /** f_retrieval - f_paramagnet of P = 4 at low load, rho = 0, on the retrieval solution m = tanh(2 m^3 / T). */
    private static double lowLoadRetrievalMinusParamagnet(double t) {
        double m = 1;
        for (int i = 0; i < 100_000; i++) {
            m = Math.tanh(2 * m * m * m / t);
        }
        double x = 2 * m * m * m / t;
        double logTwoCosh = Math.abs(x) + Math.log1p(Math.exp(-2 * Math.abs(x)));
        return 1.5 * Math.pow(m, 4) - t * logTwoCosh + t * Math.log(2);
    }

    /**
     * Supervised P = 4 at low load in the (rho, T) plane: the spinodal is T_s(rho) = max_y 2 F(y)^3 /
     * ((1 + rho)^2 y), F(y) = E[c tanh(y c)], c ~ N(1, rho) (the n-equation with y = beta A(n),
     * A = 2 (1 + rho) n^3), derived here by Simpson sums; every point of the computed line lies on it.
     */
    @Test
    void supervisedP4SpinodalInTheRhoTPlane() {
        PhaseDiagramSpec spec = new PhaseDiagramSpec(ModelKind.SUPERVISED, 4, Interaction.DISTINCT, PhasePlane.RHO_T,
                DatasetQuality.clean(), 0, 0, new PhaseDiagramSpec.Axis(0, 1, 5), new PhaseDiagramSpec.Axis(0, 1.2, 5));
        PhaseDiagram.PhaseLine line = PhaseDiagramCalculator.compute(spec).lines().stream()
                .filter(l -> l.name().equals(PhaseDiagramCalculator.SPINODAL)).findFirst().orElseThrow();
        assertThat(line.points()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(p -> {
            double rho = p.x();
            double ts = -new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(1000),
                    new UnivariateObjectiveFunction(y -> -2 * Math.pow(exampleField(y, rho), 3) / ((1 + rho) * (1 + rho) * y)),
                    GoalType.MINIMIZE, new SearchInterval(0.2, 6)).getValue();
            assertThat(p.y()).as("spinodal at rho = %s", rho).isCloseTo(ts, within(1e-6));
        });
    }

    /** E[c tanh(y c)], c ~ N(1, rho), by composite Simpson on 1 +- 12 sqrt(rho). */
    private static double exampleField(double y, double rho) {
        if (rho == 0) {
            return Math.tanh(y);
        }
        int steps = 20_000;
        double sd = Math.sqrt(rho);
        double h = 24.0 / steps;
        double sum = 0;
        for (int i = 0; i <= steps; i++) {
            double z = -12 + i * h;
            double c = 1 + sd * z;
            double w = (i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2) * h / 3;
            sum += w * Math.exp(-z * z / 2) * c * Math.tanh(y * c);
        }
        return sum / Math.sqrt(2 * Math.PI);
    }

    /**
     * The load where the P = 2 retrieval and spin-glass ground states have equal RS energy, from the AGS
     * equations at T = 0 written out here: with C = beta (1 - q) and r = 1 / (1 - C)^2,
     * m = erf(y), y = m (1 - C) / sqrt(2 alpha), C = u / (1 + u), u = sqrt(2 / (pi alpha)) e^(-y^2), and
     * E = -m^2 / 2 + alpha / 2 - alpha C / (2 (1 - C)^2) - alpha / (2 (1 - C)) (J_ii = 0; the spin glass
     * is the m = 0 solution). docs/theory-notes.md section 4 on the value AGS quote.
     */
    static double agsZeroTemperatureFirstOrderLoad() {
        return new BrentSolver(1e-12).solve(1000, a -> agsGroundEnergy(a, true) - agsGroundEnergy(a, false), 0.03, 0.1);
    }

    private static double agsGroundEnergy(double alpha, boolean retrieval) {
        double y = 0;
        if (retrieval) {
            // the largest root of erf(y) (1 - C(y)) / sqrt(2 alpha) - y: scan down from y = 10, then Brent
            java.util.function.DoubleUnaryOperator g = v -> org.apache.commons.math3.special.Erf.erf(v)
                    * (1 - agsC(alpha, v)) / Math.sqrt(2 * alpha) - v;
            double hi = 10;
            double lo = hi;
            while (g.applyAsDouble(lo) < 0) {
                lo -= 0.01;
                assertThat(lo).as("a retrieval solution at alpha = %s", alpha).isGreaterThan(0.05);
            }
            y = new BrentSolver(1e-14).solve(1000, g::applyAsDouble, lo, lo + 0.01);
        }
        double m = org.apache.commons.math3.special.Erf.erf(y);
        double c = agsC(alpha, y);
        return -m * m / 2 + alpha / 2 - alpha * c / (2 * (1 - c) * (1 - c)) - alpha / (2 * (1 - c));
    }

    private static double agsC(double alpha, double y) {
        double u = Math.sqrt(2 / (Math.PI * alpha)) * Math.exp(-y * y);
        return u / (1 + u);
    }
}
