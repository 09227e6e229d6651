package io.densehebb.tempering;

/**
 * The Metropolis rule for exchanging the configurations at neighbouring slots (docs/physics.md section 7).
 * Swapping x (at beta) and y (at beta') changes the joint weight exp(-beta E(x) - beta' E(y)) by
 * exp((beta' - beta)(E(y) - E(x))), so accepting with min(1, that ratio) keeps the product of the
 * Boltzmann distributions invariant; nothing else about the configurations matters.
 */
final class SwapRule {

    private SwapRule() {
    }

    /**
     * min(1, exp((betaCold - betaHot)(energyCold - energyHot))): the hotter slot has the smaller beta, and
     * a colder slot that holds the higher energy always gives it away.
     */
    static double acceptanceProbability(double betaHot, double betaCold, double energyHot, double energyCold) {
        double logRatio = (betaCold - betaHot) * (energyCold - energyHot);
        return logRatio >= 0.0 ? 1.0 : Math.exp(logRatio);
    }

    /** Accepts when a uniform draw in [0, 1) falls below the acceptance probability, so probability 1 always accepts. */
    static boolean accepts(double acceptanceProbability, double uniform) {
        return uniform < acceptanceProbability;
    }
}
