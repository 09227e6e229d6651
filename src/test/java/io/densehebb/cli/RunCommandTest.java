package io.densehebb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.io.CheckpointStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code densehebb run} end to end: bad input leaves nothing behind; a killed run resumes to the same numbers. */
class RunCommandTest {

    private static final String CONFIG = """
            densehebb {
              model { kind = supervised, P = 4, N = 200, K = 2, M = 15, r = 0.5 }
              ladder { kind = geometric, t-min = 0.4, t-max = 1.4, slots = 8 }
              copies = 2
              sweeps { burn-in = 500, measure = 3000, per-round = 5, measure-every = 10 }
              seed = 5
              checkpoint-every = 150ms
            }
            """;

    private record Result(int exitCode, String err) {
    }

    private static Result execute(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int code = cli.execute(args);
        return new Result(code, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBrokenConfigExitsTwoWithOneLineAndWritesNoResultsFolder(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("broken.conf");
        Files.writeString(conf, "densehebb { copies = 1 }\n");
        Path out = dir.resolve("results");
        Result r = execute("run", conf.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("densehebb: densehebb.copies = 1 is not allowed: an integer >= 2 (overlaps need two independent replicas per temperature)").doesNotContain("\n");
        assertThat(out).doesNotExist();

        Files.writeString(conf, "densehebb { ladder { t-min = 1.5, t-max = 1.0 } }\n");
        r = execute("run", conf.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("densehebb.ladder.t-max = 1.0");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest(name = "fault rate {0}")
    @ValueSource(strings = {"0.005"}) // without faults: KillAndResumeTest
    void aRunKilledMidwayResumesToTheSameSummary(String faultRate, @TempDir Path dir) throws Exception {
        Path conf = dir.resolve("run.conf.in");
        Files.writeString(conf, CONFIG);
        Path reference = dir.resolve("reference");
        assertThat(execute("run", conf.toString(), "--out", reference.toString(),
                "--set", "testing.fault-rate=" + faultRate).exitCode()).isZero();

        Path killed = dir.resolve("killed");
        Process process = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", Main.class.getName(), "run", conf.toString(), "--out", killed.toString(),
                "--set", "testing.fault-rate=" + faultRate, "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
        Path checkpoint = CheckpointStore.file(killed);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(checkpoint) && System.nanoTime() < deadline && process.isAlive()) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no last words
        process.waitFor(10, TimeUnit.SECONDS);
        assertThat(checkpoint).as("the child wrote a checkpoint before it was killed").exists();
        assertThat(killed.resolve("summary.json")).as("killed before the end (else the test proves nothing)").doesNotExist();

        Result resumed = execute("run", "--resume", killed.toString());
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(Files.readAllBytes(killed.resolve("summary.json")))
                .isEqualTo(Files.readAllBytes(reference.resolve("summary.json")));
        try (var leftovers = Files.walk(killed)) {
            List<Path> temporary = leftovers.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            assertThat(temporary).as("no half-written files").isEmpty();
        }
    }

    @Test
    void aRunKilledAfterItsLastCheckpointWritesItsResultsOnResume(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("run.conf.in");
        Files.writeString(conf, CONFIG);
        Path run = dir.resolve("run");
        assertThat(execute("run", conf.toString(), "--out", run.toString(), "--set", "sweeps.measure=500").exitCode()).isZero();
        byte[] summary = Files.readAllBytes(run.resolve("summary.json"));
        Files.delete(run.resolve("summary.json")); // as if killed between the final checkpoint and the results
        Files.delete(run.resolve("report.html"));
        assertThat(execute("run", "--resume", run.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(run.resolve("summary.json"))).isEqualTo(summary);
        assertThat(run.resolve("report.html")).exists();
    }

    @Test
    void resumeRefusesToChangeTheConfiguration(@TempDir Path dir) {
        Result r = execute("run", "--resume", dir.toString(), "--set", "model.P=2");
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("--resume");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
