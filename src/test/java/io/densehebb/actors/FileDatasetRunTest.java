package io.densehebb.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.config.RunConfig;
import io.densehebb.config.RunConfigLoader;
import io.densehebb.data.NpyFiles;
import io.densehebb.data.PatternArray;
import io.densehebb.model.BruteForceEnergy;
import io.densehebb.model.Dataset;
import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;
import io.densehebb.model.PatternMatrix;
import io.densehebb.observables.SlotSummary;
import io.densehebb.run.RunFolder;
import io.densehebb.run.RunNetwork;
import io.densehebb.run.RunOutcome;
import io.densehebb.run.RunProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** dataset = file: a whole run on patterns the test writes is the Boltzmann measure of exactly those patterns. */
class FileDatasetRunTest {

    private static final Logger LOG = LoggerFactory.getLogger(FileDatasetRunTest.class);

    /** Two archetypes of N = 10 and three examples each, chosen by hand (not drawn). */
    static final byte[][] XI = {
        {1, 1, 1, 1, 1, -1, -1, -1, -1, -1},
        {1, -1, 1, -1, 1, -1, 1, -1, 1, -1}};
    /** Example a of class mu: the archetype with spins flipped at the listed places. */
    static final int[][][] FLIPS = {{{0}, {3, 7}, {}}, {{9}, {}, {2, 4}}};

    static byte[][] examples() {
        byte[][] eta = new byte[6][];
        for (int mu = 0; mu < 2; mu++) {
            for (int a = 0; a < 3; a++) {
                byte[] e = XI[mu].clone();
                for (int i : FLIPS[mu][a]) {
                    e[i] = (byte) -e[i];
                }
                eta[mu * 3 + a] = e;
            }
        }
        return eta;
    }

    static PatternArray array(byte[][] rows, int[] shape) {
        byte[] values = new byte[rows.length * rows[0].length];
        for (int p = 0; p < rows.length; p++) {
            System.arraycopy(rows[p], 0, values, p * rows[p].length, rows[p].length);
        }
        return new PatternArray(shape, values);
    }

    /**
     * Supervised P = 4 on the patterns above: per temperature, E/N and the retrieved |m| of the run
     * equal the exact Boltzmann averages of a network built here from the same arrays (enumeration of
     * all 2^10 states, r measured by hand: 6 flips of 60 spins give r = 1 - 2 * 6/60 = 0.8), within 3
     * error bars; 16 comparisons at 3 sigma. With these lengths the error bars of E/N are about 0.003,
     * so a wrong normalisation of the file network by 1 % in R^(P/2) (an r off by 0.004) or a single
     * misread entry would show.
     */
    @Test
    void aRunOnFilePatternsMatchesExactEnumerationOfThosePatterns(@TempDir Path dir) throws Exception {
        Path archetypes = Files.write(dir.resolve("xi.npy"), NpyFiles.encode(array(XI, new int[] {2, 10})));
        // the examples as text, K * M lines, 0/1: the other reader, the other encoding
        StringBuilder text = new StringBuilder();
        for (byte[] e : examples()) {
            for (byte b : e) {
                text.append(b > 0 ? "1 " : "0 ");
            }
            text.append('\n');
        }
        Path examples = Files.writeString(dir.resolve("eta.txt"), text);
        RunConfig config = ParallelTemperingRunTest.config(dir, """
                model { kind = supervised, P = 4, dataset = file, archetypes = "%s", examples = "%s" }
                ladder { kind = geometric, t-min = 0.3, t-max = 1.5, slots = 8 }
                copies = 2
                sweeps { burn-in = 1000, measure = 40000, per-round = 10, measure-every = 10 }
                seed = 5
                threads = 2
                """.formatted(archetypes, examples));
        RunNetwork built = RunNetwork.build(config);
        assertThat(built.config().network()).isEqualTo(new NetworkSpec(ModelKind.SUPERVISED, 4, 10, 2, 3, 0.8, Interaction.DISTINCT));

        Network expected = new Network(new NetworkSpec(ModelKind.SUPERVISED, 4, 10, 2, 3, 0.8, Interaction.DISTINCT),
                new Dataset(PatternMatrix.of(XI), PatternMatrix.of(examples()), 3));
        RunOutcome outcome;
        try (RunFolder folder = RunFolder.create(dir.resolve("run"), "--out", RunConfigLoader.render(built.config(), "test"))) {
            folder.bind(built.config(), built.network(), "test");
            outcome = RunEngine.run(new RunGuardian.RunContext(built.config(), built.network(), folder, null, RunProgress.NONE,
                    "test", temperatures -> List.of(), new CompletableFuture<>()), ActorTesting.serializeEverything());
        }

        double[] energies = BruteForceEnergy.allEnergies(expected);
        double[] temperatures = outcome.results().temperatures();
        for (int k = 0; k < temperatures.length; k++) {
            ParallelTemperingRunTest.Exact exact = ParallelTemperingRunTest.exact(expected, energies, 1.0 / temperatures[k]);
            SlotSummary s = outcome.results().slots().get(k);
            LOG.info("T = {}: E/N {} +- {} (exact {}); m {} +- {} (exact {})", temperatures[k], s.energy().mean(),
                    s.energy().error(), exact.energy(), s.m().mean(), s.m().error(), exact.m());
            assertThat(Math.abs(s.energy().mean() - exact.energy())).as("E/N at T = %s", temperatures[k])
                    .isLessThanOrEqualTo(3 * s.energy().error());
            assertThat(Math.abs(s.m().mean() - exact.m())).as("m at T = %s", temperatures[k])
                    .isLessThanOrEqualTo(3 * s.m().error());
        }
    }
}
