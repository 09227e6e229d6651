package io.densehebb.theory;

import io.densehebb.model.Interaction;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * The glassy noise that the non-condensed patterns put on the condensed one: nothing at low load, the
 * Amit-Gutfreund-Sompolinsky structure for P = 2 (K = alpha N), and for P >= 4 (K = alpha N^(P-1)) a
 * Gaussian spin glass whose covariance is N xi(q), xi(q) = sum_k a_k q^k. The free-energy terms are
 * written with the field variance V as an independent variable, so that the RS free energy is
 * stationary in (n, q, V) at the solution; see docs/theory-notes.md for the derivation.
 */
abstract class PatternNoise {

    /** Field variance sigma^2 at the saddle point, T > 0. */
    abstract double fieldVariance(double q, double beta);

    /** The noise part of the RS free energy per spin for given q and field variance V, T > 0. */
    abstract double variationalTerm(double q, double variance, double beta);

    /** The factor that multiplies beta^2 E sech^4 in the replicon (AT) eigenvalue, T > 0. */
    abstract double repliconWeight(double q, double beta);

    /** Whether the saddle point equations are defined at q (AGS needs 1 - beta (1 - q) > 0). */
    boolean admissible(double q, double beta) {
        return q >= 0 && q <= 1;
    }

    /** Field variance at T = 0, where q = 1 and C = beta (1 - q) stays finite. */
    abstract double zeroTemperatureVariance(double susceptibility);

    /** The noise part of the ground-state energy per spin at T = 0. */
    abstract double zeroTemperatureTerm(double susceptibility);

    /** True when the T = 0 equations keep C = lim beta (1 - q) as an order parameter (P = 2 only). */
    boolean zeroTemperatureNeedsSusceptibility() {
        return false;
    }

    /** True at low load, where there is no noise at all. */
    boolean absent() {
        return false;
    }

    static PatternNoise of(RsProblem problem) {
        if (problem.load() == LoadRegime.LOW) {
            return new None();
        }
        if (problem.p() == 2) {
            // Full power only adds the diagonal J_ii, a sigma-independent constant: same equations.
            return new Ags(problem.alpha() * problem.noiseScale(2));
        }
        int p = problem.p();
        double[] coefficients = new double[p + 1];
        double pFactorial = CombinatoricsUtils.factorialDouble(p);
        coefficients[p] = problem.alpha() * problem.noiseScale(p) * pFactorial / 4;
        if (problem.interaction() == Interaction.FULL_POWER) {
            // Repeated indices: j coincident pairs leave a (P - 2j)-body Gaussian noise; see the notes.
            for (int k = p - 2; k >= 2; k -= 2) {
                int j = (p - k) / 2;
                double pairings = Math.pow(2, j) * CombinatoricsUtils.factorialDouble(j);
                coefficients[k] = problem.alpha() * problem.noiseScale(k) * pFactorial * pFactorial
                        / (4 * pairings * pairings * CombinatoricsUtils.factorialDouble(k));
            }
        }
        return new GaussianSpinGlass(coefficients);
    }

    /** Low load: K = O(1) patterns add nothing extensive. */
    static final class None extends PatternNoise {
        @Override
        double fieldVariance(double q, double beta) {
            return 0;
        }

        @Override
        double variationalTerm(double q, double variance, double beta) {
            return 0;
        }

        @Override
        double repliconWeight(double q, double beta) {
            return 0;
        }

        @Override
        double zeroTemperatureVariance(double susceptibility) {
            return 0;
        }

        @Override
        double zeroTemperatureTerm(double susceptibility) {
            return 0;
        }

        @Override
        boolean absent() {
            return true;
        }
    }

    /** P = 2, K = alpha N: AGS with r = q / (1 - beta (1 - q))^2 and field variance alpha r. */
    static final class Ags extends PatternNoise {
        private final double alpha;

        Ags(double alpha) {
            this.alpha = alpha;
        }

        @Override
        double fieldVariance(double q, double beta) {
            double d = 1 - beta * (1 - q);
            return alpha * q / (d * d);
        }

        @Override
        double variationalTerm(double q, double variance, double beta) {
            double d = 1 - beta * (1 - q);
            return alpha / 2 + beta / 2 * variance * (1 - q) + alpha / (2 * beta) * (Math.log(d) - beta * q / d);
        }

        @Override
        double repliconWeight(double q, double beta) {
            double d = 1 - beta * (1 - q);
            return alpha / (d * d);
        }

        @Override
        boolean admissible(double q, double beta) {
            return super.admissible(q, beta) && 1 - beta * (1 - q) > 0;
        }

        @Override
        double zeroTemperatureVariance(double susceptibility) {
            double d = 1 - susceptibility;
            return alpha / (d * d);
        }

        @Override
        double zeroTemperatureTerm(double susceptibility) {
            double d = 1 - susceptibility;
            return alpha / 2 + alpha / 2 * susceptibility / (d * d) - alpha / (2 * d);
        }

        @Override
        boolean zeroTemperatureNeedsSusceptibility() {
            return true;
        }
    }

    /** P >= 4: Gaussian noise with covariance N xi(q), xi(q) = sum_k a_k q^k. */
    static final class GaussianSpinGlass extends PatternNoise {
        private final double[] a;

        GaussianSpinGlass(double[] coefficients) {
            this.a = coefficients;
        }

        double xi(double q) {
            double sum = 0;
            for (int k = 1; k < a.length; k++) {
                sum += a[k] * Math.pow(q, k);
            }
            return sum;
        }

        double xiPrime(double q) {
            double sum = 0;
            for (int k = 1; k < a.length; k++) {
                sum += k * a[k] * Math.pow(q, k - 1);
            }
            return sum;
        }

        double xiSecond(double q) {
            double sum = 0;
            for (int k = 2; k < a.length; k++) {
                sum += k * (k - 1) * a[k] * Math.pow(q, k - 2);
            }
            return sum;
        }

        @Override
        double fieldVariance(double q, double beta) {
            return xiPrime(q);
        }

        @Override
        double variationalTerm(double q, double variance, double beta) {
            return -beta / 2 * (xi(1) - xi(q) - (1 - q) * variance);
        }

        @Override
        double repliconWeight(double q, double beta) {
            return xiSecond(q);
        }

        @Override
        double zeroTemperatureVariance(double susceptibility) {
            return xiPrime(1);
        }

        @Override
        double zeroTemperatureTerm(double susceptibility) {
            return 0;
        }
    }
}
