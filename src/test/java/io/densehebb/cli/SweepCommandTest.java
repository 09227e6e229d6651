package io.densehebb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code densehebb sweep} end to end, on sweeps small enough for a test: bad sweeps exit 2 and write
 * nothing; a point equals its standalone run; the tables do not depend on the thread count; a sweep
 * killed with SIGKILL and resumed ends with the bytes of an uninterrupted one.
 */
class SweepCommandTest {

    private static final String SWEEP = """
            densehebb {
              model { kind = hopfield, P = 2, N = 24, K = 1 }
              ladder { kind = geometric, t-min = 0.4, t-max = 1.2, slots = 3 }
              copies = 2
              sweeps { burn-in = 50, measure = 200, per-round = 10, measure-every = 10 }
              init = archetype
              seed = 5
              checkpoint-every = 50ms
              sweep {
                grid { "model.N" = [24, 32] }
                samples = 2
                plots = [ { y = m, x = "model.N", T = 0.4 }, { y = q2, x = T, fixed { "model.N" = 32 } } ]
              }
            }
            """;

    private record Result(int exitCode, String out, String err) {
    }

    private static Result execute(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        var oldOut = System.out;
        try {
            System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
            int code = cli.execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
        }
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "grid { \"model.NN\" = [24] }",
        "grid { \"model.N\" = [] }",
        "zip { \"ladder.t-min\" = [0.3, 0.4], \"ladder.t-max\" = [1.4] }",
        "grid { \"model.N\" = [24] }, zip { \"model.N\" = [32] }",
        "samples = 0",
        "grid { \"model.N\" = [24, 1] }",
        "grid { \"ladder.t-min\" = [0.4, 2.0] }"})
    void aBadSweepExitsTwoWithOneLineAndWritesNothing(String sweep, @TempDir Path dir) throws IOException {
        Path conf = write(dir, "bad.conf", "densehebb { model { kind = hopfield, P = 2, N = 24, K = 1 }, output = \""
                + dir.resolve("results") + "\", sweep { " + sweep + " } }");
        Path out = dir.resolve("out");

        Result r = execute("sweep", conf.toString(), "--out", out.toString());
        Result numbered = execute("sweep", conf.toString());

        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).startsWith("densehebb: ").contains(" is not allowed: ").doesNotContain("\n").doesNotContain("Exception");
        assertThat(numbered.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("results")).doesNotExist();
    }

    @Test
    void aBadPointIsNamedByItsCoordinates(@TempDir Path dir) throws IOException {
        Path conf = write(dir, "bad.conf", "densehebb { model { kind = hopfield, P = 2, N = 24, K = 1 }, "
                + "sweep { grid { \"ladder.t-min\" = [0.4, 2.0] } } }");
        Result r = execute("sweep", conf.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.err().strip()).isEqualTo("densehebb: sweep point ladder.t-min = 2: densehebb.ladder.t-max = 1.5 is not allowed: "
                + "a finite number > densehebb.ladder.t-min = 2.0");
    }

    @Test
    void runRefusesASweepFile(@TempDir Path dir) throws IOException {
        Path conf = write(dir, "sweep.conf.in", SWEEP);
        Result r = execute("run", conf.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("use densehebb sweep");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aSweepWritesItsTablesAndEveryPointEqualsItsStandaloneRun(@TempDir Path dir) throws Exception {
        Path conf = write(dir, "sweep.conf.in", SWEEP);
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        Result r1 = execute("sweep", conf.toString(), "--out", one.toString(), "--threads", "1");
        Result r2 = execute("sweep", conf.toString(), "--out", two.toString(), "--threads", "2");
        assertThat(r1.exitCode()).as(r1.err()).isZero();
        assertThat(r2.exitCode()).as(r2.err()).isZero();

        // the tables and every point folder are the same on 1 and 2 threads
        for (String table : List.of("sweep.csv", "samples.csv", "sweep.json", "report.html")) {
            assertThat(Files.readAllBytes(two.resolve(table))).as(table).isEqualTo(Files.readAllBytes(one.resolve(table)));
        }
        assertThat(contents(two.resolve("points"))).isEqualTo(contents(one.resolve("points")));

        List<String> sweep = Files.readAllLines(one.resolve("sweep.csv"));
        assertThat(sweep.get(0)).startsWith("model.N,T,samples,energy,energy_sd,energy_error,m,m_sd,m_error,n,");
        assertThat(sweep).hasSize(1 + 2 * 3); // 2 points x 3 temperatures
        assertThat(Files.readAllLines(one.resolve("samples.csv"))).hasSize(1 + 2 * 2 * 3);
        assertThat(one.resolve("plots/m-vs-model-N.png")).isNotEmptyFile();
        assertThat(one.resolve("plots/q2-vs-T.svg")).isNotEmptyFile();
        JsonNode json = new ObjectMapper().readTree(one.resolve("sweep.json").toFile());
        assertThat(json.get("points")).hasSize(2);
        assertThat(json.get("points").get(0).get("temperatures").get(0).get("disorder_average").has("m")).isTrue();

        // a point's run.conf, run alone, gives the point's files
        Path point = one.resolve("points/N=32_sample=1");
        Path alone = dir.resolve("alone");
        Result r = execute("run", point.resolve("run.conf").toString(), "--out", alone.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(contents(alone)).isEqualTo(contents(point));
    }

    @Test
    void aKilledSweepResumesToTheBytesOfAnUninterruptedOne(@TempDir Path dir) throws Exception {
        Path conf = write(dir, "sweep.conf.in", SWEEP.replace("measure = 200", "measure = 1000"));
        Path reference = dir.resolve("reference");
        assertThat(execute("sweep", conf.toString(), "--out", reference.toString()).exitCode()).isZero();

        Path killed = dir.resolve("killed");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "-Djava.awt.headless=true", Main.class.getName(), "sweep", conf.toString(),
                "--out", killed.toString(), "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (process.isAlive() && System.nanoTime() < deadline && finishedRuns(killed) < 1) {
            Thread.sleep(10);
        }
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no last words
        process.waitFor(10, TimeUnit.SECONDS);
        assertThat(killed.resolve("sweep.csv")).as("killed before the end (else the test proves nothing)").doesNotExist();
        assertThat(finishedRuns(killed)).as("killed after some runs finished").isBetween(1L, 3L);

        Result resumed = execute("sweep", "--resume", killed.toString());
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        for (String table : List.of("sweep.csv", "samples.csv", "sweep.json", "report.html")) {
            assertThat(Files.readAllBytes(killed.resolve(table))).as(table).isEqualTo(Files.readAllBytes(reference.resolve(table)));
        }
        assertThat(contents(killed.resolve("points"))).isEqualTo(contents(reference.resolve("points")));
        assertThat(execute("sweep", "--resume", killed.toString(), "--set", "sweep.samples=3").exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    }

    private static long finishedRuns(Path sweep) throws IOException {
        Path points = sweep.resolve("points");
        if (!Files.isDirectory(points)) {
            return 0;
        }
        try (Stream<Path> runs = Files.list(points)) {
            return runs.filter(p -> Files.exists(p.resolve("summary.json"))).count();
        }
    }

    /**
     * Every file under a folder by relative path, with its bytes (as text, for readable failures),
     * except what records the process rather than the results: the lock, the log and checkpoints.
     */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(p).toString();
                String name = p.getFileName().toString();
                if (name.equals(".lock") || name.equals("densehebb.log") || relative.contains("checkpoint")) {
                    continue;
                }
                files.put(relative, java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
