package io.densehebb.cli;

import static io.densehebb.cli.CliTesting.execute;
import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.io.CheckpointStore;
import io.densehebb.run.RunFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A run killed with SIGKILL (no shutdown hook, no last words) at different points of its life resumes
 * to byte-identical results: in the middle of the rounds, during a checkpoint write (the child is killed
 * when a temporary checkpoint file is seen, or the latest is missing beside the previous one), and while
 * its results are being written (RunCommandTest kills one right after its first checkpoint, with faults). While the killed run
 * lives, its folder is locked against a second run and a resume; once it is dead, it is not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KillAndResumeTest {

    private static final String CONFIG = """
            densehebb {
              model { kind = supervised, P = 4, N = 160, K = 2, M = 10, r = 0.5 }
              ladder { kind = geometric, t-min = 0.4, t-max = 1.4, slots = 6 }
              copies = 2
              sweeps { burn-in = 300, measure = 3000, per-round = 5, measure-every = 10 }
              seed = 8
              checkpoint-every = 30ms
            }
            """;

    private Path dir;
    private Path conf;
    private Path reference;

    /** When the child is killed. */
    enum KillPoint {
        MIDWAY_WITH_TWO_CHECKPOINTS(run -> Files.exists(CheckpointStore.previousFile(run))),
        DURING_A_CHECKPOINT_WRITE(run -> Files.exists(CheckpointStore.previousFile(run))
                && (temporaryFileIn(run.resolve(CheckpointStore.DIRECTORY)) || !Files.exists(CheckpointStore.file(run)))),
        WHILE_THE_RESULTS_ARE_WRITTEN(run -> Files.exists(run.resolve("temperatures.csv")));

        final Predicate<Path> reached;

        KillPoint(Predicate<Path> reached) {
            this.reached = reached;
        }
    }

    @BeforeAll
    void referenceRun(@TempDir Path dir) throws Exception {
        this.dir = dir;
        conf = dir.resolve("kill.conf");
        Files.writeString(conf, CONFIG);
        reference = dir.resolve("reference");
        assertThat(execute("run", conf.toString(), "--out", reference.toString()).exitCode()).isZero();
    }

    @ParameterizedTest
    @EnumSource(KillPoint.class)
    void aKilledRunResumesToByteIdenticalResults(KillPoint point) throws Exception {
        Path killed = dir.resolve(point.name());
        Process child = new ProcessBuilder(CliTesting.javaExecutable(), "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", Main.class.getName(), "run", conf.toString(), "--out", killed.toString(),
                "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve(point.name() + ".log").toFile()).start();
        boolean reached = false;
        boolean lockChecked = false;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (child.isAlive() && System.nanoTime() < deadline) {
                if (point.reached.test(killed)) {
                    reached = true;
                    break;
                }
                if (!lockChecked && Files.exists(CheckpointStore.file(killed))) {
                    CliTesting.Result second = execute("run", conf.toString(), "--out", killed.toString());
                    CliTesting.Result resumed = execute("run", "--resume", killed.toString());
                    assertThat(second.exitCode()).as(second.err()).isEqualTo(Main.EXIT_BAD_INPUT);
                    assertThat(second.line()).isEqualTo("densehebb: --out " + killed + " is in use by process " + child.pid()
                            + " (a run writing there now): wait for it to end, or choose another folder");
                    assertThat(resumed.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
                    assertThat(resumed.line()).contains("is in use by process " + child.pid());
                    lockChecked = true;
                }
                Thread.sleep(1);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);
        }
        assertThat(reached).as("the child reached " + point + " before it ended").isTrue();
        assertThat(killed.resolve(RunFolder.SUMMARY)).as("killed before the end (else the test proves nothing)").doesNotExist();

        CliTesting.Result resumed = execute("run", "--resume", killed.toString());
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        for (String file : CliTesting.RESULT_FILES) {
            assertThat(Files.readAllBytes(killed.resolve(file))).as(file).isEqualTo(Files.readAllBytes(reference.resolve(file)));
        }
        try (Stream<Path> files = Files.walk(killed)) {
            List<Path> temporary = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            assertThat(temporary).as("no half-written files").isEmpty();
        }
    }

    private static boolean temporaryFileIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
