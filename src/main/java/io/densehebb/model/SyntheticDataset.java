package io.densehebb.model;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Random archetypes and noisy examples as in docs/physics.md section 1: xi i.i.d. fair signs from the
 * archetype stream; eta = chi * xi with P(chi = +1) = (1 + r)/2 from the separate example stream.
 * Draw order is pattern by pattern, neuron by neuron, independent of the storage layout.
 */
public final class SyntheticDataset {

    private SyntheticDataset() {
    }

    public static Dataset generate(NetworkSpec spec, long seed) {
        int n = spec.N();
        int k = spec.K();
        UniformRandomProvider archetypeRng = RandomStreams.create(seed, RandomStreams.Purpose.ARCHETYPES, 0);
        byte[][] xi = new byte[k][n];
        for (int mu = 0; mu < k; mu++) {
            for (int i = 0; i < n; i++) {
                xi[mu][i] = archetypeRng.nextBoolean() ? (byte) 1 : (byte) -1;
            }
        }
        PatternMatrix archetypes = PatternMatrix.of(xi);
        if (spec.kind() == ModelKind.HOPFIELD) {
            return new Dataset(archetypes, archetypes, 1);
        }
        return new Dataset(archetypes, noisyExamples(xi, spec.M(), spec.r(), seed), spec.M());
    }

    /**
     * M noisy copies eta = chi * xi of each archetype, P(chi = +1) = (1 + r)/2, from the example stream
     * of {@code seed}; example a of class mu at index mu * M + a. Shared by synthetic archetypes and by
     * archetypes a user brings without examples (docs/physics.md section 1).
     */
    public static PatternMatrix noisyExamples(byte[][] xi, int m, double r, long seed) {
        int k = xi.length;
        int n = k == 0 ? 0 : xi[0].length;
        double pFlip = (1.0 - r) / 2.0;
        UniformRandomProvider exampleRng = RandomStreams.create(seed, RandomStreams.Purpose.EXAMPLES, 0);
        byte[][] eta = new byte[k * m][n];
        for (int mu = 0; mu < k; mu++) {
            for (int a = 0; a < m; a++) {
                byte[] row = eta[mu * m + a];
                for (int i = 0; i < n; i++) {
                    boolean flip = exampleRng.nextDouble() < pFlip;
                    row[i] = flip ? (byte) -xi[mu][i] : xi[mu][i];
                }
            }
        }
        return PatternMatrix.of(eta);
    }
}
