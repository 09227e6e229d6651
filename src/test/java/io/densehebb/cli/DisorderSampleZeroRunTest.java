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
 * (SHA-256 of temperatures.csv, overlaps.csv and swaps.csv, taken with that code on one thread).
 * summary.json is not pinned: it names the code version.
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
        "supervised, bf47c1d633df0125ebe02324400cc631b29efc2b04b7b4f3a086111caf28726b, "
                + "daa6472ef62838eacfa9c24fc4cf6f3efcf26ed72f43156aa4726d89838c41ca, "
                + "3346419981e7a717fdb88f5217a2bc06a336cea43f9cf078c24a6a8d3c0f49bb",
        "unsupervised, c567e445354367afab8709cd79b831cdb2848ce50a6bae9f2a3ed7c765736536, "
                + "0f5a53017459e5bd6781590dae48d0f6d5ae760ef7d5d4551153e635a0cc6007, "
                + "fc69dd28b20dfc90cd69d718a8735f5c05be112eca5ee41524b6d22b565d6bc4"})
    void sampleZeroWritesTheTablesRunsAlwaysWrote(String kind, String temperatures, String overlaps, String swaps,
                                                  @TempDir Path dir) throws Exception {
        Path conf = dir.resolve("gold.conf");
        Files.writeString(conf, CONFIG);
        Path out = dir.resolve("run");
        var cli = Main.commandLine();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int code = cli.execute("run", conf.toString(), "--out", out.toString(), "--set", "model.kind=" + kind, "--threads", "2");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(sha256(out.resolve("temperatures.csv"))).isEqualTo(temperatures);
        assertThat(sha256(out.resolve("overlaps.csv"))).isEqualTo(overlaps);
        assertThat(sha256(out.resolve("swaps.csv"))).isEqualTo(swaps);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
