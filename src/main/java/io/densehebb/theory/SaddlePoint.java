package io.densehebb.theory;

import java.util.List;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * The RS self-consistency map x -> F(x) of docs/physics.md section 5 for one problem. The unknowns are the
 * example magnetisation n and, when the patterns make glassy noise, a second order parameter: q at
 * T > 0, C = lim beta (1 - q) at T = 0 for P = 2 (for P >= 4 at T = 0, q = 1 and only n is left).
 * m, q and the free energy follow from the site averages at the fixed point.
 */
abstract class SaddlePoint {

    /** A starting point of the iteration and which coordinates may move (n = 0 is an invariant subspace). */
    record Start(Branch intended, double[] x, boolean[] free) {
    }

    private static final int BRENT_EVALUATIONS = 200;

    final RsProblem problem;
    final PatternNoise noise;
    final ExampleAverage examples;
    final double rho;

    SaddlePoint(RsProblem problem) {
        this.problem = problem;
        this.noise = PatternNoise.of(problem);
        this.examples = ExampleAverage.of(problem.data());
        this.rho = problem.rho();
    }

    static SaddlePoint of(RsProblem problem) {
        return problem.isZeroTemperature() ? new ZeroTemperatureSaddlePoint(problem)
                : new FiniteTemperatureSaddlePoint(problem);
    }

    abstract int dimension();

    /** F(x); defined (finite) wherever {@link #admissible} holds. */
    abstract double[] image(double[] x);

    abstract boolean admissible(double[] x);

    /** The domain of the equations in words, for messages about starts that lie outside it. */
    abstract String domain();

    /** The branch record for an (approximate) fixed point x. */
    abstract RsSolution solution(Branch branch, double[] x, double residual);

    /** The starting points: retrieval (n = 1), then the n = 0 branches that exist at this T and load. */
    abstract List<Start> starts();

    /**
     * For fixed n, the second coordinate solved on the branch continuously connected to the retrieval
     * solution (largest q at T > 0, smallest C at T = 0); x = {n} when there is no second coordinate.
     */
    abstract double[] completeAt(double n);

    /** A(n) = (P/2) (1 + rho)^(P/2 - 1) n^(P-1): the signal field on a site with chihat / r = 1. */
    double signalAmplitude(double n) {
        int p = problem.p();
        return p / 2.0 * Math.pow(1 + rho, p / 2.0 - 1) * Math.pow(n, p - 1);
    }

    /** (P - 1)/2 (1 + rho)^(P/2) n^P: the condensed pattern's part of the RS free energy. */
    double signalEnergy(double n) {
        int p = problem.p();
        return (p - 1) / 2.0 * Math.pow(1 + rho, p / 2.0) * Math.pow(n, p);
    }

    static double brent(UnivariateFunction f, double lo, double hi) {
        return new BrentSolver(1e-15, 1e-15).solve(BRENT_EVALUATIONS, f, lo, hi);
    }
}
