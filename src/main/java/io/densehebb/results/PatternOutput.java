package io.densehebb.results;

import io.densehebb.data.NpyFiles;
import io.densehebb.data.PatternArray;
import io.densehebb.io.AtomicFiles;
import io.densehebb.model.Dataset;
import io.densehebb.model.ModelKind;
import io.densehebb.model.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * output-patterns: the +-1 patterns a run used, as int8 .npy files in {@code patterns/} of its folder:
 * archetypes.npy (K x N) and, unless the network is a Hopfield one, examples.npy (K x M x N). Read
 * back with {@code dataset = file}, they rebuild the same network.
 */
public final class PatternOutput {

    public static final String FOLDER = "patterns";
    public static final String ARCHETYPES = "archetypes.npy";
    public static final String EXAMPLES = "examples.npy";

    private PatternOutput() {
    }

    public static void write(Path runDir, Network network) throws IOException {
        Path dir = runDir.resolve(FOLDER);
        Files.createDirectories(dir);
        Dataset d = network.dataset();
        int k = d.classes();
        int n = d.n();
        AtomicFiles.write(dir.resolve(ARCHETYPES), NpyFiles.encode(rows(d.archetypes(), new int[] {k, n})));
        if (network.spec().kind() != ModelKind.HOPFIELD) {
            AtomicFiles.write(dir.resolve(EXAMPLES), NpyFiles.encode(rows(d.examples(), new int[] {k, d.examplesPerClass(), n})));
        }
    }

    private static PatternArray rows(io.densehebb.model.PatternMatrix m, int[] shape) {
        int n = m.n();
        byte[] values = new byte[m.count() * n];
        for (int p = 0; p < m.count(); p++) {
            System.arraycopy(m.pattern(p), 0, values, p * n, n);
        }
        return new PatternArray(shape, values);
    }
}
