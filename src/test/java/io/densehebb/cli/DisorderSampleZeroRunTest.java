package io.densehebb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain run is disorder sample 0 of its seed, and draws exactly what runs drew before the disorder
 * had a sample index: the tables of this small run are pinned to the bytes the code wrote then
 * (SHA-256 of swaps.csv and of the measured columns of temperatures.csv, slot to binder_error, taken
 * with that code on one thread). The verdict and theory columns, and overlaps.csv, whose layout the
 * replica-symmetry work has changed since, are not pinned; summary.json names the code version.
 */
class DisorderSampleZeroRunTest {

    private static final String CONFIG = """
            densehebb {
              model { kind = supervised, P = 4, N = 60, K = 2, M = 5, r = 0.6 }
              ladder { kind = geometric, t-min = 0.4, t-max = 1.4, slots = 4 }
              copies = 2
              sweeps { burn-in = 100, measure = 400, per-round = 5, measure-every = 10 }
              init = archetype
              seed = 11
            }
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "supervised, 4d44ea524ffe1dc4626f66539088cfeb03ef7284983b1a60d4c8f05c98106a71, "
                + "3346419981e7a717fdb88f5217a2bc06a336cea43f9cf078c24a6a8d3c0f49bb",
        "unsupervised, 82381fbeadd6a729be40c54b4413ba396c156a3637cc4f1bc61d9220905b548c, "
                + "fc69dd28b20dfc90cd69d718a8735f5c05be112eca5ee41524b6d22b565d6bc4"})
    void sampleZeroWritesTheTablesRunsAlwaysWrote(String kind, String temperatures, String swaps,
                                                  @TempDir Path dir) throws Exception {
        Path conf = dir.resolve("gold.conf");
        Files.writeString(conf, CONFIG);
        Path out = dir.resolve("run");
        var cli = Main.commandLine();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int code = cli.execute("run", conf.toString(), "--out", out.toString(), "--set", "model.kind=" + kind, "--threads", "2");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(measuredColumnsSha256(out.resolve("temperatures.csv"))).isEqualTo(temperatures);
        assertThat(sha256(out.resolve("swaps.csv"))).isEqualTo(swaps);
    }

    private static final java.util.List<String> MEASURED = java.util.List.of("slot", "T", "beta", "measurements", "energy",
            "energy_error", "energy_tau_int", "m", "m_error", "m_tau_int", "n", "n_error", "q_mean", "q_mean_error", "q_abs_mean",
            "q_abs_mean_error", "q2", "q2_error", "q4", "q4_error", "binder", "binder_error");

    /** The measured columns, in this order, as comma-separated lines each ending in a newline. */
    private static String measuredColumnsSha256(Path csv) throws Exception {
        java.util.List<String> lines = Files.readAllLines(csv);
        java.util.List<String> header = java.util.List.of(lines.get(0).split(",", -1));
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            text.append(String.join(",", MEASURED.stream().map(c -> cells[header.indexOf(c)]).toList())).append('\n');
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
