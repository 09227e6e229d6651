package io.densehebb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failure paths of {@code densehebb run} that CommandLineFailureTest and ResumeSafetyTest leave
 * out: a --out folder that already holds something, no CONFIG at all, a CONFIG that does not exist.
 * Each is one line on stderr, exit code 2, and nothing written or left behind.
 */
class RunCommandFailurePathsTest {

    private static final String SMALL = """
            densehebb {
              model { kind = hopfield, P = 2, N = 20, K = 1 }
              ladder { slots = 1, t-min = 0.5 }
              copies = 2
              sweeps { burn-in = 10, measure = 20, per-round = 5, measure-every = 5 }
            }
            """;

    private static void assertOneLine(CliTesting.Result r) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.line()).startsWith("densehebb: ").doesNotContain("\n").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void anOutputFolderThatHoldsSomethingIsRefusedAndLeftAsItWas(@TempDir Path dir) throws Exception {
        Path conf = Files.writeString(dir.resolve("small.conf"), SMALL);
        Path out = Files.createDirectory(dir.resolve("out"));
        Path kept = Files.writeString(out.resolve("notes.txt"), "mine");
        CliTesting.Result r = CliTesting.execute("run", conf.toString(), "--out", out.toString());
        assertOneLine(r);
        assertThat(r.line()).startsWith("densehebb: --out = " + out + " is not allowed: a folder that does not exist yet or is empty")
                .contains("--resume " + out);
        try (Stream<Path> entries = Files.list(out)) {
            assertThat(entries).containsExactly(kept);
        }
        assertThat(Files.readString(kept)).isEqualTo("mine");
    }

    @Test
    void aRunWithoutAConfigurationSaysWhatItNeeds() {
        CliTesting.Result r = CliTesting.execute("run");
        assertOneLine(r);
        assertThat(r.line()).startsWith("densehebb: CONFIG = (none) is not allowed: a configuration file, or --resume DIR");
    }

    @Test
    void aConfigurationThatDoesNotExistWritesNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        CliTesting.Result r = CliTesting.execute("run", dir.resolve("missing.conf").toString(), "--out", out.toString());
        assertOneLine(r);
        assertThat(r.line()).contains(dir.resolve("missing.conf").toString());
        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries).isEmpty();
        }
    }
}
