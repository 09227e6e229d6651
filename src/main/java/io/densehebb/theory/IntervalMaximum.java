package io.densehebb.theory;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * The maximum of a smooth function on [lowest, 1]: a uniform scan, then Brent's optimiser between the
 * neighbours of the best scanned point. Good for the few-humped ratios F(x) / x of the RS equations.
 *
 * @param at    where the maximum is
 * @param value the maximum
 */
record IntervalMaximum(double at, double value) {

    private static final int SCAN = 32;
    private static final int OPTIMIZER_EVALUATIONS = 100;

    static IntervalMaximum of(DoubleUnaryOperator f, double lowest) {
        double[] grid = new double[SCAN + 1];
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int j = 0; j <= SCAN; j++) {
            grid[j] = lowest + (1 - lowest) * j / SCAN;
            double v = f.applyAsDouble(grid[j]);
            if (v > bestValue) {
                bestValue = v;
                best = j;
            }
        }
        double lo = grid[Math.max(0, best - 1)];
        double hi = grid[Math.min(SCAN, best + 1)];
        UnivariatePointValuePair optimum = new BrentOptimizer(1e-10, 1e-14).optimize(
                new MaxEval(OPTIMIZER_EVALUATIONS), new UnivariateObjectiveFunction(f::applyAsDouble), GoalType.MAXIMIZE,
                new SearchInterval(lo, hi, grid[best]));
        return optimum.getValue() > bestValue ? new IntervalMaximum(optimum.getPoint(), optimum.getValue())
                : new IntervalMaximum(grid[best], bestValue);
    }
}
