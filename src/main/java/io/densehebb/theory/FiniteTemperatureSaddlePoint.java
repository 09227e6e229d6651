package io.densehebb.theory;

import java.util.ArrayList;
import java.util.List;

/**
 * T > 0: x = {n} at low load (q follows from n), x = {n, q} at high load, with
 * n = E[c tanh(beta h)] / (1 + rho), q = E tanh^2(beta h), h = A(n) c + sqrt(V(q)) z.
 */
final class FiniteTemperatureSaddlePoint extends SaddlePoint {

    /** Largest step below q = 1 when bracketing the largest root in q. */
    private static final double FIRST_STEP = 1e-4;
    /** Keeps AGS points strictly inside 1 - beta (1 - q) > 0. */
    private static final double EDGE = 1e-12;

    private final double beta;

    FiniteTemperatureSaddlePoint(RsProblem problem) {
        super(problem);
        this.beta = problem.beta();
    }

    @Override
    int dimension() {
        return noise.absent() ? 1 : 2;
    }

    @Override
    boolean admissible(double[] x) {
        return dimension() == 1 || noise.admissible(x[1], beta);
    }

    @Override
    String domain() {
        return noise instanceof PatternNoise.Ags ? "0 <= q <= 1 with 1 - beta (1 - q) > 0" : "0 <= q <= 1";
    }

    private SiteAverages averages(double[] x) {
        double variance = dimension() == 1 ? 0 : noise.fieldVariance(x[1], beta);
        return examples.finite(beta, signalAmplitude(x[0]), Math.sqrt(variance));
    }

    @Override
    double[] image(double[] x) {
        SiteAverages a = averages(x);
        double n = a.weightedM() / (1 + rho);
        return dimension() == 1 ? new double[] {n} : new double[] {n, a.q()};
    }

    @Override
    RsSolution solution(Branch branch, double[] x, double residual) {
        SiteAverages a = averages(x);
        double n = x[0];
        if (dimension() == 1) {
            double f = signalEnergy(n) + a.fieldFreeEnergy();
            return new RsSolution(branch, a.m(), n, a.q(), f, 0, true, residual);
        }
        double q = x[1];
        double f = variationalFreeEnergy(n, q, noise.fieldVariance(q, beta));
        double stability = noise.repliconWeight(q, beta) * a.sech4();
        return new RsSolution(branch, a.m(), n, q, f, stability, stability < 1, residual);
    }

    /**
     * The RS free energy per spin with n, q and the field variance V as independent variables; its
     * stationary points are the solutions of the self-consistency equations (at low load q and V drop
     * out).
     */
    double variationalFreeEnergy(double n, double q, double variance) {
        SiteAverages a = examples.finite(beta, signalAmplitude(n), Math.sqrt(variance));
        return signalEnergy(n) + noise.variationalTerm(q, variance, beta) + a.fieldFreeEnergy();
    }

    @Override
    List<Start> starts() {
        List<Start> starts = new ArrayList<>();
        if (dimension() == 1) {
            starts.add(new Start(Branch.RETRIEVAL, new double[] {1}, new boolean[] {true}));
            starts.add(new Start(Branch.PARAMAGNET, new double[] {0}, new boolean[] {false}));
        } else {
            starts.add(new Start(Branch.RETRIEVAL, new double[] {1, 1}, new boolean[] {true, true}));
            starts.add(new Start(Branch.SPIN_GLASS, new double[] {0, 1}, new boolean[] {false, true}));
            starts.add(new Start(Branch.PARAMAGNET, new double[] {0, 0}, new boolean[] {false, true}));
        }
        return starts;
    }

    @Override
    double[] completeAt(double n) {
        if (dimension() == 1) {
            return new double[] {n};
        }
        return new double[] {n, largestOverlap(n)};
    }

    /** The largest root of Q(n, q) = q: the one continuously connected to q = 1 at low temperature. */
    double largestOverlap(double n) {
        double lowest = lowestAdmissibleOverlap();
        double upper = 1;
        double gUpper = overlapGap(n, upper);
        double step = FIRST_STEP;
        while (true) {
            double lower = Math.max(lowest, upper - step);
            double gLower = overlapGap(n, lower);
            if (gLower >= 0) {
                if (gLower == 0) {
                    return lower;
                }
                if (gUpper == 0) {
                    return upper;
                }
                double hi = upper;
                return brent(q -> overlapGap(n, q), lower, hi);
            }
            if (lower == lowest) {
                return lowest;
            }
            upper = lower;
            gUpper = gLower;
            step *= 2;
        }
    }

    private double lowestAdmissibleOverlap() {
        return noise instanceof PatternNoise.Ags ? Math.max(0, 1 - problem.temperature()) + EDGE : 0;
    }

    private double overlapGap(double n, double q) {
        return image(new double[] {n, q})[1] - q;
    }
}
