package io.densehebb.model;

/**
 * The disorder of one network: K archetypes xi^mu, M examples eta^{mu,a} per archetype, and the
 * class sums M * etahat^mu_i = sum_a eta^{mu,a}_i (integers, so the supervised couplings stay exact).
 * Immutable; built once per run and shared read-only by every replica.
 */
public final class Dataset {

    private final PatternMatrix archetypes;
    private final PatternMatrix examples;
    private final int examplesPerClass;
    private final int[] classSums;

    /**
     * @param archetypes       K patterns
     * @param examples         K * M patterns, example a of class mu at index mu * M + a
     * @param examplesPerClass M
     */
    public Dataset(PatternMatrix archetypes, PatternMatrix examples, int examplesPerClass) {
        if (examples.n() != archetypes.n() || examples.count() != archetypes.count() * examplesPerClass) {
            throw new IllegalArgumentException("examples must be K * M = " + archetypes.count() + " * "
                    + examplesPerClass + " patterns of length " + archetypes.n());
        }
        this.archetypes = archetypes;
        this.examples = examples;
        this.examplesPerClass = examplesPerClass;
        int k = archetypes.count();
        int n = archetypes.n();
        this.classSums = new int[n * k];
        for (int i = 0; i < n; i++) {
            for (int mu = 0; mu < k; mu++) {
                int s = 0;
                for (int a = 0; a < examplesPerClass; a++) {
                    s += examples.get(mu * examplesPerClass + a, i);
                }
                classSums[i * k + mu] = s;
            }
        }
    }

    public PatternMatrix archetypes() {
        return archetypes;
    }

    public PatternMatrix examples() {
        return examples;
    }

    public int n() {
        return archetypes.n();
    }

    public int classes() {
        return archetypes.count();
    }

    public int examplesPerClass() {
        return examplesPerClass;
    }

    /** M * etahat^mu_i, an integer in [-M, M]. */
    public int classSum(int mu, int i) {
        return classSums[i * classes() + mu];
    }

    /** The class average etahat^mu_i = (1/M) sum_a eta^{mu,a}_i. */
    public double classAverage(int mu, int i) {
        return classSum(mu, i) / (double) examplesPerClass;
    }

    /**
     * The measured quality: the mean overlap (1/(K M N)) sum_{mu,a,i} eta^{mu,a}_i xi^mu_i of the examples
     * with their archetypes (docs/physics.md section 1); about r for synthetic examples, and the r of
     * data that were not drawn with one.
     */
    public double meanExampleOverlap() {
        long agreement = 0;
        for (int i = 0; i < n(); i++) {
            for (int mu = 0; mu < classes(); mu++) {
                agreement += (long) classSums[i * classes() + mu] * archetypes.get(mu, i);
            }
        }
        return agreement / ((double) classes() * examplesPerClass * n());
    }

    /** sum_i (M etahat^mu_i) sigma_i for every class, in one pass. */
    public long[] classSumDots(byte[] sigma) {
        int k = classes();
        long[] dot = new long[k];
        for (int i = 0; i < n(); i++) {
            int s = sigma[i];
            int base = i * k;
            for (int mu = 0; mu < k; mu++) {
                dot[mu] += (long) classSums[base + mu] * s;
            }
        }
        return dot;
    }
}
