package io.densehebb.tempering;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A system whose "configuration" is one of a few states with known energies and degeneracies, so that
 * its Boltzmann distribution at any beta is exact and can be sampled exactly. Used to test the exchange
 * step in isolation from any spin dynamics.
 */
final class BoltzmannToy {

    private final double[] energy;
    private final double[] logDegeneracy;

    BoltzmannToy(double[] energy, double[] logDegeneracy) {
        this.energy = energy.clone();
        this.logDegeneracy = logDegeneracy.clone();
    }

    /** Non-degenerate states with the given energies. */
    static BoltzmannToy of(double... energy) {
        return new BoltzmannToy(energy, new double[energy.length]);
    }

    /** N independent spins in a field h: state j has j spins down, energy -h (N - 2j), degeneracy C(N, j). */
    static BoltzmannToy spinsInField(int n, double h) {
        double[] e = new double[n + 1];
        double[] logG = new double[n + 1];
        for (int j = 0; j <= n; j++) {
            e[j] = -h * (n - 2 * j);
            logG[j] = logFactorial(n) - logFactorial(j) - logFactorial(n - j);
        }
        return new BoltzmannToy(e, logG);
    }

    private static double logFactorial(int n) {
        double s = 0;
        for (int i = 2; i <= n; i++) {
            s += Math.log(i);
        }
        return s;
    }

    int states() {
        return energy.length;
    }

    double energy(int state) {
        return energy[state];
    }

    /** The exact Boltzmann probabilities at beta. */
    double[] probabilities(double beta) {
        double[] logW = new double[energy.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < logW.length; s++) {
            logW[s] = logDegeneracy[s] - beta * energy[s];
            max = Math.max(max, logW[s]);
        }
        double z = 0;
        double[] p = new double[logW.length];
        for (int s = 0; s < p.length; s++) {
            p[s] = Math.exp(logW[s] - max);
            z += p[s];
        }
        for (int s = 0; s < p.length; s++) {
            p[s] /= z;
        }
        return p;
    }

    /**
     * The exact mean swap acceptance between independent draws at betaHot < betaCold:
     * sum_ij p_hot(i) p_cold(j) min(1, exp((betaCold - betaHot)(E_j - E_i))).
     */
    double swapAcceptance(double betaHot, double betaCold) {
        double[] hot = probabilities(betaHot);
        double[] cold = probabilities(betaCold);
        double a = 0;
        for (int i = 0; i < hot.length; i++) {
            for (int j = 0; j < cold.length; j++) {
                a += hot[i] * cold[j] * SwapRule.acceptanceProbability(betaHot, betaCold, energy[i], energy[j]);
            }
        }
        return a;
    }

    /** An exact sampler of the Boltzmann distribution at one beta (inversion of the cumulative distribution). */
    Sampler sampler(double beta) {
        double[] p = probabilities(beta);
        double[] cumulative = new double[p.length];
        double c = 0;
        for (int s = 0; s < p.length; s++) {
            c += p[s];
            cumulative[s] = c;
        }
        return rng -> {
            double u = rng.nextDouble() * cumulative[cumulative.length - 1];
            for (int s = 0; s < cumulative.length; s++) {
                if (u < cumulative[s]) {
                    return s;
                }
            }
            return cumulative.length - 1;
        };
    }

    /**
     * One Metropolis step for non-degenerate states on a ring: propose a neighbour (state +- 1 modulo the
     * number of states) with probability 1/2 each, accept with min(1, exp(-beta dE)).
     */
    int metropolisStep(int state, double beta, UniformRandomProvider rng) {
        int n = energy.length;
        int proposal = rng.nextBoolean() ? (state + 1) % n : (state + n - 1) % n;
        double dE = energy[proposal] - energy[state];
        return dE <= 0.0 || rng.nextDouble() < Math.exp(-beta * dE) ? proposal : state;
    }

    interface Sampler {
        int sample(UniformRandomProvider rng);
    }
}
