package io.densehebb.model;

import io.densehebb.data.PatternArray;

/**
 * Networks on the user's own patterns: archetypes K x N from a file, and either examples K x M x N
 * from a second file (a text file gives them as K * M lines, class after class) or, without one, M
 * noisy copies of each archetype drawn with quality r as for synthetic data. With examples from a
 * file the quality r the network is normalised with is measured: the mean overlap of the examples with
 * their archetype (docs/physics.md section 1), as for images.
 */
public final class FileNetwork {

    private FileNetwork() {
    }

    /**
     * @param requested kind, P, M and r as configured (N and K come from the archetypes; M and r from the
     *                  examples when given)
     */
    public static Network build(NetworkSpec requested, PatternArray archetypes, PatternArray examples, long seed,
                                String archetypesKey, String examplesKey) {
        if (archetypes.rank() != 2) {
            throw new InvalidParameterException(archetypesKey, shape(archetypes), "a K x N array of patterns");
        }
        byte[][] xi = archetypes.patterns();
        int k = xi.length;
        int n = archetypes.patternLength();
        PatternMatrix xiMatrix = PatternMatrix.of(xi);
        if (requested.kind() == ModelKind.HOPFIELD) {
            return new Network(NetworkSpec.hopfield(requested.P(), n, k, requested.interaction()),
                    new Dataset(xiMatrix, xiMatrix, 1));
        }
        if (examples == null) {
            NetworkSpec spec = new NetworkSpec(requested.kind(), requested.P(), n, k, requested.M(), requested.r(),
                    requested.interaction());
            return new Network(spec, new Dataset(xiMatrix, SyntheticDataset.noisyExamples(xi, spec.M(), spec.r(), seed), spec.M()));
        }
        int m = examplesPerClass(examples, k, n, examplesKey);
        Dataset dataset = new Dataset(xiMatrix, PatternMatrix.of(examples.patterns()), m);
        double r = dataset.meanExampleOverlap();
        if (!(r > 0)) {
            throw new InvalidParameterException(examplesKey, "(examples with mean overlap " + r + " with their archetypes)",
                    "examples that agree with their archetypes more often than not (mean overlap > 0)");
        }
        NetworkSpec spec = new NetworkSpec(requested.kind(), requested.P(), n, k, m, r, requested.interaction());
        return new Network(spec, dataset);
    }

    private static int examplesPerClass(PatternArray examples, int k, int n, String key) {
        int[] s = examples.shape();
        boolean fits = s.length == 3 ? s[0] == k && s[2] == n
                : s.length == 2 && s[1] == n && s[0] % k == 0;
        if (!fits) {
            throw new InvalidParameterException(key, shape(examples), "K x M x N = " + k + " x M x " + n
                    + " (or K * M lines of " + n + " entries in a text file), matching the archetypes");
        }
        return s.length == 3 ? s[1] : s[0] / k;
    }

    private static String shape(PatternArray a) {
        return java.util.Arrays.toString(a.shape());
    }
}
