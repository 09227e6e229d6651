package io.densehebb.model;

/**
 * A dense Hebbian network: a {@link NetworkSpec} with its {@link Dataset}, and the cost function of
 * docs/physics.md section 2 written as a sum over "stored terms":
 *
 * <pre>  H(sigma) = -C * sum_t F(x^t),   x^t_j = w^t_j sigma_j,   F = e_P (distinct) or p_1^P (full-power)</pre>
 *
 * where the integer weights w^t and the prefactor C are:
 * <ul>
 *   <li>hopfield: one term per archetype, w = xi, C = (P!/2) / N^(P-1);</li>
 *   <li>supervised: one term per class, w = M etahat (integers), C = (P!/2) / (R^(P/2) N^(P-1) M^P);</li>
 *   <li>unsupervised: one term per example, w = eta, C = (P!/2) / (M R^(P/2) N^(P-1)).</li>
 * </ul>
 * For full-power the P!/2 becomes 1/2. Integer weights keep every power sum exact.
 */
public final class Network {

    private final NetworkSpec spec;
    private final Dataset dataset;
    private final double prefactor;

    public Network(NetworkSpec spec, Dataset dataset) {
        if (dataset.n() != spec.N() || dataset.classes() != spec.K() || dataset.examplesPerClass() != spec.M()) {
            throw new IllegalArgumentException("dataset (N=" + dataset.n() + ", K=" + dataset.classes() + ", M="
                    + dataset.examplesPerClass() + ") does not match " + spec);
        }
        this.spec = spec;
        this.dataset = dataset;
        double combinatorial = spec.interaction() == Interaction.DISTINCT ? factorial(spec.P()) / 2.0 : 0.5;
        double c = combinatorial / (Math.pow(spec.R(), spec.P() / 2.0) * Math.pow(spec.N(), spec.P() - 1));
        if (spec.kind() == ModelKind.SUPERVISED) {
            c /= Math.pow(spec.M(), spec.P());
        } else if (spec.kind() == ModelKind.UNSUPERVISED) {
            c /= spec.M();
        }
        this.prefactor = c;
    }

    /** The synthetic network of {@code spec} whose disorder is drawn from {@code seed}. */
    public static Network synthetic(NetworkSpec spec, long seed) {
        return new Network(spec, SyntheticDataset.generate(spec, seed));
    }

    public NetworkSpec spec() {
        return spec;
    }

    public Dataset dataset() {
        return dataset;
    }

    public int n() {
        return spec.N();
    }

    public int order() {
        return spec.P();
    }

    // ---- the stored terms ------------------------------------------------------------------

    /** Number of stored terms: K (hopfield, supervised) or K * M (unsupervised). */
    public int termCount() {
        return spec.kind() == ModelKind.UNSUPERVISED ? spec.K() * spec.M() : spec.K();
    }

    /** Integer weight w^t_i of term t at neuron i. */
    public int termWeight(int t, int i) {
        return switch (spec.kind()) {
            case HOPFIELD -> dataset.archetypes().get(t, i);
            case SUPERVISED -> dataset.classSum(t, i);
            case UNSUPERVISED -> dataset.examples().get(t, i);
        };
    }

    /** True when every weight is +-1 (hopfield, unsupervised, supervised with M = 1). */
    public boolean plusMinusOneWeights() {
        return spec.kind() != ModelKind.SUPERVISED || spec.M() == 1;
    }

    /** C in H = -C sum_t F(x^t). */
    public double prefactor() {
        return prefactor;
    }

    // ---- energy ----------------------------------------------------------------------------

    /** H(sigma) in O(N * terms * P), from the power sums of each term; the reference for every fast path. */
    public double energy(byte[] sigma) {
        checkLength(sigma);
        int p = spec.P();
        double[] powerSums = new double[p + 1];
        double[] scratch = new double[p + 1];
        double total = 0.0;
        for (int t = 0; t < termCount(); t++) {
            java.util.Arrays.fill(powerSums, 0.0);
            for (int i = 0; i < spec.N(); i++) {
                double x = termWeight(t, i) * sigma[i];
                double xk = 1.0;
                for (int k = 1; k <= p; k++) {
                    xk *= x;
                    powerSums[k] += xk;
                }
            }
            total += spec.interaction() == Interaction.DISTINCT
                    ? NewtonIdentities.elementary(powerSums, p, scratch)
                    : Math.pow(powerSums[1], p);
        }
        return -prefactor * total;
    }

    /** (1 + rho) r N: the normalisation that makes n_mu -> m_mu as rho -> 0 (docs/physics.md section 4). */
    public double exampleNormalisation() {
        return (1.0 + spec.rho()) * spec.r() * spec.N();
    }

    void checkLength(byte[] sigma) {
        if (sigma.length != spec.N()) {
            throw new IllegalArgumentException("configuration has " + sigma.length + " spins, network has N = " + spec.N());
        }
    }

    static double factorial(int p) {
        double f = 1.0;
        for (int k = 2; k <= p; k++) {
            f *= k;
        }
        return f;
    }
}
