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
        // couplings J over the index tuples: sorted distinct tuples, or all N^P ordered tuples
        int[][] tuples = spec.interaction() == Interaction.DISTINCT ? distinctTuples(n, spec.P()) : allTuples(n, spec.P());
        double[] coupling = new double[tuples.length];
        int[] mask = new int[tuples.length];
        for (int c = 0; c < tuples.length; c++) {
            double j = 0.0;
            for (double[] pattern : stored) {
                double prod = 1.0;
                for (int i : tuples[c]) {
                    prod *= pattern[i];
                }
                j += prod;
            }
            coupling[c] = -norm * j;
            int m = 0;
            for (int i : tuples[c]) {
                m ^= 1 << i; // repeated indices cancel in pairs: sigma_i^2 = 1
            }
            mask[c] = m;
        }
        // tuples with the same set of odd-multiplicity indices multiply the same spins: merge them
        double[] byMask = new double[1 << n];
        for (int c = 0; c < coupling.length; c++) {
            byMask[mask[c]] += coupling[c];
        }
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

    private static int[][] distinctTuples(int n, int p) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        int[] idx = new int[p];
        for (int k = 0; k < p; k++) {
            idx[k] = k;
        }
        while (true) {
            out.add(idx.clone());
            int k = p - 1;
            while (k >= 0 && idx[k] == n - p + k) {
                k--;
            }
            if (k < 0) {
                return out.toArray(new int[0][]);
            }
            idx[k]++;
            for (int j = k + 1; j < p; j++) {
                idx[j] = idx[j - 1] + 1;
            }
        }
    }

    private static int[][] allTuples(int n, int p) {
        int total = (int) Math.pow(n, p);
        int[][] out = new int[total][p];
        for (int c = 0; c < total; c++) {
            int v = c;
            for (int k = 0; k < p; k++) {
                out[c][k] = v % n;
                v /= n;
            }
        }
        return out;
    }
}
