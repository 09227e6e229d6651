package io.densehebb.observables;

import io.densehebb.model.Network;

/** The order parameters of PHYSICS.md section 4 that need only one configuration. */
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
        long[] dots = network.dataset().classSumDots(sigma);
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

    private static void checkLength(Network network, byte[] sigma) {
        if (sigma.length != network.n()) {
            throw new IllegalArgumentException("configuration has " + sigma.length + " spins, network has N = " + network.n());
        }
    }
}
