package io.densehebb.model;

/**
 * The cost functions of docs/physics.md section 2 written out literally, as sums over index tuples, for
 * small N: every coupling of the P-body tensor is formed from the class averages (or examples) in
 * floating point, independently of the power-sum machinery under test. Energies of all 2^N states
 * are tabulated, state s having sigma_i = +1 when bit i of s is set.
 */
public final class BruteForceEnergy {

    private BruteForceEnergy() {
    }

    /** H of every configuration, indexed by the bit pattern of the +1 spins. */
    public static double[] allEnergies(Network network) {
        NetworkSpec spec = network.spec();
        int n = spec.N();
        double[][] stored = storedPatterns(network);
        double norm = spec.interaction() == Interaction.DISTINCT ? Network.factorial(spec.P()) / 2.0 : 0.5;
        norm /= Math.pow(spec.R(), spec.P() / 2.0) * Math.pow(n, spec.P() - 1);
        if (spec.kind() == ModelKind.UNSUPERVISED) {
            norm /= spec.M();
        }
        // couplings J over the index tuples (sorted distinct tuples, or all N^P ordered tuples, visited
        // one at a time); tuples with the same set of odd-multiplicity indices multiply the same spins
        // (sigma_i^2 = 1), so their couplings are merged by that set
        double[] byMask = new double[1 << n];
        int p = spec.P();
        int[] tuple = new int[p];
        boolean distinct = spec.interaction() == Interaction.DISTINCT;
        for (int k = 0; k < p; k++) {
            tuple[k] = distinct ? k : 0;
        }
        do {
            double j = 0.0;
            for (double[] pattern : stored) {
                double prod = 1.0;
                for (int i : tuple) {
                    prod *= pattern[i];
                }
                j += prod;
            }
            int m = 0;
            for (int i : tuple) {
                m ^= 1 << i;
            }
            byMask[m] += -norm * j;
        } while (distinct ? nextDistinct(tuple, n) : nextOrdered(tuple, n));
        double[] energies = new double[1 << n];
        for (int s = 0; s < energies.length; s++) {
            int minus = ~s;
            double e = 0.0;
            for (int m = 0; m < byMask.length; m++) {
                if (byMask[m] != 0.0) {
                    e += (Integer.bitCount(m & minus) % 2 == 0) ? byMask[m] : -byMask[m];
                }
            }
            energies[s] = e;
        }
        return energies;
    }

    /** The configuration of state s. */
    public static byte[] configuration(int s, int n) {
        byte[] sigma = new byte[n];
        for (int i = 0; i < n; i++) {
            sigma[i] = (s & (1 << i)) != 0 ? (byte) 1 : (byte) -1;
        }
        return sigma;
    }

    /** etahat^mu (hopfield: xi^mu; supervised: the class averages) or every eta^{mu,a} (unsupervised), as doubles. */
    private static double[][] storedPatterns(Network network) {
        NetworkSpec spec = network.spec();
        Dataset d = network.dataset();
        int n = spec.N();
        if (spec.kind() == ModelKind.UNSUPERVISED) {
            double[][] eta = new double[d.examples().count()][n];
            for (int t = 0; t < eta.length; t++) {
                for (int i = 0; i < n; i++) {
                    eta[t][i] = d.examples().get(t, i);
                }
            }
            return eta;
        }
        double[][] etahat = new double[spec.K()][n];
        for (int mu = 0; mu < spec.K(); mu++) {
            for (int i = 0; i < n; i++) {
                etahat[mu][i] = spec.kind() == ModelKind.HOPFIELD ? d.archetypes().get(mu, i) : d.classAverage(mu, i);
            }
        }
        return etahat;
    }

    /** Advances a sorted tuple of distinct indices to the next one (lexicographic); false after the last. */
    private static boolean nextDistinct(int[] idx, int n) {
        int p = idx.length;
        int k = p - 1;
        while (k >= 0 && idx[k] == n - p + k) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        idx[k]++;
        for (int j = k + 1; j < p; j++) {
            idx[j] = idx[j - 1] + 1;
        }
        return true;
    }

    /** Advances an ordered tuple in [0, n)^p like an odometer; false after the last. */
    private static boolean nextOrdered(int[] idx, int n) {
        for (int k = 0; k < idx.length; k++) {
            if (++idx[k] < n) {
                return true;
            }
            idx[k] = 0;
        }
        return false;
    }
}
