package io.densehebb.theory;

import java.util.ArrayList;
import java.util.List;

/**
 * T = 0: q = 1 wherever there is noise, spins align with their local field. x = {n} except for P = 2 at
 * high load, where AGS keeps C = lim beta (1 - q): x = {n, C}, with field variance alpha / (1 - C)^2
 * and C = E 2 delta(h). The free energy is the ground-state energy per spin.
 */
final class ZeroTemperatureSaddlePoint extends SaddlePoint {

    private static final int SUSCEPTIBILITY_SCAN = 16;

    ZeroTemperatureSaddlePoint(RsProblem problem) {
        super(problem);
    }

    @Override
    int dimension() {
        return noise.zeroTemperatureNeedsSusceptibility() ? 2 : 1;
    }

    @Override
    boolean admissible(double[] x) {
        return dimension() == 1 || (x[1] >= 0 && x[1] < 1);
    }

    @Override
    String domain() {
        return "0 <= C < 1";
    }

    private double susceptibility(double[] x) {
        return dimension() == 1 ? 0 : x[1];
    }

    private SiteAverages averages(double[] x) {
        double variance = noise.zeroTemperatureVariance(susceptibility(x));
        return examples.zeroTemperature(signalAmplitude(x[0]), Math.sqrt(variance));
    }

    @Override
    double[] image(double[] x) {
        SiteAverages a = averages(x);
        double n = a.weightedM() / (1 + rho);
        return dimension() == 1 ? new double[] {n} : new double[] {n, a.susceptibility()};
    }

    @Override
    RsSolution solution(Branch branch, double[] x, double residual) {
        SiteAverages a = averages(x);
        double energy = groundStateEnergy(x);
        double stability = noise.absent() ? 0 : a.sech4();
        return new RsSolution(branch, a.m(), x[0], a.q(), energy, stability, stability < 1, residual);
    }

    /** Ground-state energy per spin at x; stationary in (n, C) at the solution. */
    double groundStateEnergy(double[] x) {
        return signalEnergy(x[0]) + noise.zeroTemperatureTerm(susceptibility(x)) + averages(x).fieldFreeEnergy();
    }

    @Override
    List<Start> starts() {
        List<Start> starts = new ArrayList<>();
        if (dimension() == 1) {
            starts.add(new Start(Branch.RETRIEVAL, new double[] {1}, new boolean[] {true}));
            // n = 0 is the spin glass (q = 1) when there is noise, the paramagnet (h = 0) otherwise.
            starts.add(new Start(noise.absent() ? Branch.PARAMAGNET : Branch.SPIN_GLASS, new double[] {0},
                    new boolean[] {false}));
        } else {
            starts.add(new Start(Branch.RETRIEVAL, new double[] {1, 0}, new boolean[] {true, true}));
            starts.add(new Start(Branch.SPIN_GLASS, new double[] {0, 0}, new boolean[] {false, true}));
        }
        return starts;
    }

    @Override
    double[] completeAt(double n) {
        if (dimension() == 1) {
            return new double[] {n};
        }
        return new double[] {n, smallestSusceptibility(n)};
    }

    /** The smallest root of C'(n, C) = C in [0, 1): the one continuously connected to C = 0 at alpha = 0. */
    private double smallestSusceptibility(double n) {
        double lower = 0;
        double gLower = susceptibilityGap(n, lower);
        for (int j = 1; ; j++) {
            // Uniform steps first, then geometric towards C = 1 where the gap tends to -1.
            double upper = j < SUSCEPTIBILITY_SCAN ? (double) j / SUSCEPTIBILITY_SCAN
                    : 1 - Math.pow(2, -(j - SUSCEPTIBILITY_SCAN + 4));
            double gUpper = susceptibilityGap(n, upper);
            if (gLower == 0) {
                return lower;
            }
            if (gUpper <= 0) {
                double lo = lower;
                return brent(c -> susceptibilityGap(n, c), lo, upper);
            }
            lower = upper;
            gLower = gUpper;
        }
    }

    private double susceptibilityGap(double n, double c) {
        return image(new double[] {n, c})[1] - c;
    }
}
