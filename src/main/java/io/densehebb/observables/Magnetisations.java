package io.densehebb.observables;

import io.densehebb.model.ModelKind;
import io.densehebb.model.Network;

/** The order parameters of docs/physics.md section 4 that need only one configuration. */
public final class Magnetisations {

    private Magnetisations() {
    }

    /** Mattis magnetisations m_mu = (1/N) sum_i xi^mu_i sigma_i, one per archetype. */
    public static double[] mattis(Network network, byte[] sigma) {
        checkLength(network, sigma);
        return network.dataset().archetypes().overlaps(sigma);
    }

    /** Example magnetisations n_mu = (1/((1+rho) r N)) sum_i etahat^mu_i sigma_i (= m_mu for hopfield). */
    public static double[] exampleMagnetisations(Network network, byte[] sigma) {
        checkLength(network, sigma);
        return fromClassSumDots(network, network.dataset().classSumDots(sigma));
    }

    /**
     * m_mu from the first power sums p1_t = sum_i w^t_i sigma_i that a spin state tracks: for hopfield
     * the weights are the archetypes and m_mu = p1_mu / N, read in O(K) instead of O(N K) (the same
     * integer divided the same way, so the same double); the other models store no archetype and fall
     * back to {@link #mattis(Network, byte[])}.
     */
    public static double[] mattis(Network network, byte[] sigma, long[] firstPowerSums) {
        if (network.spec().kind() != ModelKind.HOPFIELD) {
            return mattis(network, sigma);
        }
        checkTerms(network, firstPowerSums);
        double[] m = new double[firstPowerSums.length];
        for (int mu = 0; mu < m.length; mu++) {
            m[mu] = firstPowerSums[mu] / (double) network.n();
        }
        return m;
    }

    /**
     * n_mu from the tracked first power sums: the stored terms are the class sums (hopfield,
     * supervised) or the examples, term mu * M + a (unsupervised), so sum_i etahat^mu_i sigma_i is p1_mu
     * or sum_a p1_{mu M + a}. Exactly {@link #exampleMagnetisations(Network, byte[])} in O(terms).
     */
    public static double[] exampleMagnetisations(Network network, long[] firstPowerSums) {
        checkTerms(network, firstPowerSums);
        int classes = network.spec().K();
        int perClass = firstPowerSums.length / classes;
        long[] dots = new long[classes];
        for (int mu = 0; mu < classes; mu++) {
            for (int a = 0; a < perClass; a++) {
                dots[mu] += firstPowerSums[mu * perClass + a];
            }
        }
        return fromClassSumDots(network, dots);
    }

    /** n_mu from the integers sum_i etahat^mu_i sigma_i: one normalisation for both ways of getting them. */
    private static double[] fromClassSumDots(Network network, long[] dots) {
        double norm = network.exampleNormalisation() * network.spec().M();
        double[] n = new double[dots.length];
        for (int mu = 0; mu < dots.length; mu++) {
            n[mu] = dots[mu] / norm;
        }
        return n;
    }

    /** Per-example magnetisations n_{mu,a} = (1/((1+rho) r N)) sum_i eta^{mu,a}_i sigma_i, at index mu * M + a. */
    public static double[] perExampleMagnetisations(Network network, byte[] sigma) {
        checkLength(network, sigma);
        double[] overlaps = network.dataset().examples().overlaps(sigma);
        double scale = network.n() / network.exampleNormalisation();
        for (int t = 0; t < overlaps.length; t++) {
            overlaps[t] *= scale;
        }
        return overlaps;
    }

    /** The archetype with the largest |m_mu| (the pattern a replica retrieves); ties go to the lowest index. */
    public static int retrieved(double[] m) {
        int best = 0;
        for (int mu = 1; mu < m.length; mu++) {
            if (Math.abs(m[mu]) > Math.abs(m[best])) {
                best = mu;
            }
        }
        return best;
    }

    private static void checkTerms(Network network, long[] firstPowerSums) {
        if (firstPowerSums.length != network.termCount()) {
            throw new IllegalArgumentException(firstPowerSums.length + " first power sums for a network of "
                    + network.termCount() + " terms");
        }
    }

    private static void checkLength(Network network, byte[] sigma) {
        if (sigma.length != network.n()) {
            throw new IllegalArgumentException("configuration has " + sigma.length + " spins, network has N = " + network.n());
        }
    }
}
