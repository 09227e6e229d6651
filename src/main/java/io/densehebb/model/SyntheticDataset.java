package io.densehebb.model;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Random archetypes and noisy examples as in docs/physics.md section 1: xi i.i.d. fair signs from the
 * archetype stream; eta = chi * xi with P(chi = +1) = (1 + r)/2 from the separate example stream.
 * Draw order is pattern by pattern, neuron by neuron, independent of the storage layout.
 *
 * <p>The disorder sample index is the id of both streams: samples 0, 1, 2, ... of one seed are
 * independent draws of the disorder, and sample 0 is what a plain run has always drawn.
 */
public final class SyntheticDataset {

    private SyntheticDataset() {
    }

    /** Disorder sample 0 of {@code seed}. */
    public static Dataset generate(NetworkSpec spec, long seed) {
        return generate(spec, seed, 0);
    }

    /** Disorder sample {@code sample} (>= 0) of {@code seed}. */
    public static Dataset generate(NetworkSpec spec, long seed, int sample) {
        if (sample < 0) {
            throw new IllegalArgumentException("a disorder sample index is >= 0, not " + sample);
        }
        int n = spec.N();
        int k = spec.K();
        UniformRandomProvider archetypeRng = RandomStreams.create(seed, RandomStreams.Purpose.ARCHETYPES, sample);
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
        return new Dataset(archetypes, noisyExamples(xi, spec.M(), spec.r(), seed, sample), spec.M());
    }

    /** {@link #noisyExamples(byte[][], int, double, long, int)} of disorder sample 0. */
    public static PatternMatrix noisyExamples(byte[][] xi, int m, double r, long seed) {
        return noisyExamples(xi, m, r, seed, 0);
    }

    /**
     * M noisy copies eta = chi * xi of each archetype, P(chi = +1) = (1 + r)/2, from the example stream
     * of {@code seed} with id {@code sample}; example a of class mu at index mu * M + a. Shared by
     * synthetic archetypes and by archetypes a user brings without examples (docs/physics.md section 1).
     */
    public static PatternMatrix noisyExamples(byte[][] xi, int m, double r, long seed, int sample) {
        int k = xi.length;
        int n = k == 0 ? 0 : xi[0].length;
        double pFlip = (1.0 - r) / 2.0;
        UniformRandomProvider exampleRng = RandomStreams.create(seed, RandomStreams.Purpose.EXAMPLES, sample);
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
