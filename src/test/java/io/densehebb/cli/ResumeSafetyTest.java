package io.densehebb.cli;

import static io.densehebb.cli.CliTesting.execute;
import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.io.CheckpointStore;
import io.densehebb.run.RunFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A resume continues exactly the run it was killed from, or refuses in one line (exit 2): edited
 * run.conf, damaged checkpoints, and the files a kill leaves in the middle of a checkpoint write. Each
 * case starts from a copy of one finished run whose summary.json is removed, as if it had been killed
 * after its final checkpoint (the fastest way to a folder with two checkpoints).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResumeSafetyTest {

    private static final String CONFIG = """
            densehebb {
              model { kind = supervised, P = 4, N = 120, K = 2, M = 10, r = 0.5 }
              ladder { kind = geometric, t-min = 0.4, t-max = 1.4, slots = 6 }
              copies = 2
              sweeps { burn-in = 200, measure = 1500, per-round = 5, measure-every = 10 }
              seed = 5
              checkpoint-every = 40ms
            }
            """;

    private Path dir;
    private Path finished;

    @BeforeAll
    void runOnce(@TempDir Path dir) throws Exception {
        this.dir = dir;
        Path conf = dir.resolve("safety.conf");
        Files.writeString(conf, CONFIG);
        finished = dir.resolve("finished");
        assertThat(execute("run", conf.toString(), "--out", finished.toString()).exitCode()).isZero();
        assertThat(CheckpointStore.previousFile(finished)).as("the run wrote at least two checkpoints").exists();
    }

    /** A copy of the finished run without its summary: resumable from its final checkpoint. */
    private Path killedCopy(String name) throws Exception {
        Path copy = dir.resolve(name);
        CliTesting.copyFolder(finished, copy);
        Files.delete(copy.resolve(RunFolder.SUMMARY));
        return copy;
    }

    private void assertSameResults(Path run) throws Exception {
        for (String file : CliTesting.RESULT_FILES) {
            assertThat(Files.readAllBytes(run.resolve(file))).as(file).isEqualTo(Files.readAllBytes(finished.resolve(file)));
        }
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
        "seed, 5, 6",
        "t-max, 1.4, 2.5",
        "N, 120, 100",
        "slots, 6, 4"
    })
    void anEditedRunConfIsRefusedNamingTheKey(String key, String before, String after) throws Exception {
        Path run = killedCopy("edited-" + key);
        Path runConf = run.resolve(RunFolder.RUN_CONF);
        String text = Files.readString(runConf);
        String edited = Pattern.compile("(?m)^(\\s*" + Pattern.quote(key) + " = )" + Pattern.quote(before) + "$")
                .matcher(text).replaceFirst("$1" + after);
        assertThat(edited).as("the edit took").isNotEqualTo(text);
        Files.writeString(runConf, edited);

        CliTesting.Result r = execute("run", "--resume", run.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.line()).doesNotContain("\n").startsWith("densehebb: " + runConf + " no longer matches the checkpoint")
                .containsPattern("densehebb\\.[a-z.]*" + Pattern.quote(key) + " = " + Pattern.quote(after)
                        + " \\(the checkpoint has " + Pattern.quote(before) + "\\)")
                .endsWith("put run.conf back as it was, or start a new run with --out");
        assertThat(run.resolve(RunFolder.SUMMARY)).doesNotExist();
    }

    /** The other way: what never changes a number (threads, checkpoint interval) may be edited. */
    @Test
    void editingThreadsOrTheCheckpointIntervalResumesToTheSameResults() throws Exception {
        Path run = killedCopy("edited-threads");
        Path runConf = run.resolve(RunFolder.RUN_CONF);
        Files.writeString(runConf, Files.readString(runConf).replaceFirst("(?m)^(\\s*threads = )0", "$11")
                .replaceFirst("(?m)^(\\s*checkpoint-every = )40ms", "$12s"));
        CliTesting.Result r = execute("run", "--resume", run.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertSameResults(run);
    }

    @Test
    void aCorruptedLatestCheckpointFallsBackToThePreviousAndGivesTheSameResults() throws Exception {
        Path run = killedCopy("corrupted");
        Path latest = CheckpointStore.file(run);
        byte[] bytes = Files.readAllBytes(latest);
        bytes[bytes.length - 12] ^= 0x10; // one bit of a double near the end of the payload
        Files.write(latest, bytes);

        CliTesting.Result r = execute("run", "--resume", run.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertSameResults(run);
        assertThat(latest.resolveSibling("state.cbor.damaged")).as("set aside for inspection").exists();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"truncated", "empty", "random", "overwritten"})
    void checkpointsDamagedBeyondRepairAreRefusedInOneLine(String damage) throws Exception {
        Path run = killedCopy("damaged-" + damage);
        for (Path file : new Path[] {CheckpointStore.file(run), CheckpointStore.previousFile(run)}) {
            byte[] bytes = Files.readAllBytes(file);
            byte[] damaged = switch (damage) {
                case "truncated" -> Arrays.copyOf(bytes, bytes.length / 3);
                case "empty" -> new byte[0];
                case "random" -> {
                    byte[] noise = new byte[bytes.length];
                    new java.util.Random(9).nextBytes(noise);
                    yield noise;
                }
                default -> {
                    byte[] copy = bytes.clone();
                    Arrays.fill(copy, 100, 400, (byte) 0x5a);
                    yield copy;
                }
            };
            Files.write(file, damaged);
        }
        CliTesting.Result r = execute("run", "--resume", run.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.line()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("at io.")
                .startsWith("densehebb: the checkpoint of " + run + " is damaged (checkpoint/state.cbor: ")
                .endsWith("so the run cannot be resumed; start it again: densehebb run " + run.resolve("run.conf") + " --out NEW_FOLDER");
    }

    /**
     * A kill inside a checkpoint write leaves one of two states: the temporary file beside the old
     * checkpoint (killed before the rename), or the previous checkpoint alone (killed between moving
     * the latest aside and renaming the new one in). Both resume to the same results, with nothing
     * temporary left.
     */
    @Test
    void theFilesAKillLeavesInsideACheckpointWriteResumeToTheSameResults() throws Exception {
        Path beforeRename = killedCopy("killed-before-rename");
        Files.write(beforeRename.resolve("checkpoint").resolve(".state.cbor123456.tmp"), new byte[] {1, 2, 3});
        assertThat(execute("run", "--resume", beforeRename.toString()).exitCode()).isZero();
        assertSameResults(beforeRename);
        assertThat(beforeRename.resolve("checkpoint").resolve(".state.cbor123456.tmp")).doesNotExist();

        Path betweenRenames = killedCopy("killed-between-renames");
        Files.move(CheckpointStore.file(betweenRenames), CheckpointStore.previousFile(betweenRenames),
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(execute("run", "--resume", betweenRenames.toString()).exitCode()).isZero();
        assertSameResults(betweenRenames);
    }

    @Test
    void resumingAFinishedRunDoesNothing() throws Exception {
        Path run = dir.resolve("finished-again");
        CliTesting.copyFolder(finished, run);
        byte[] summary = Files.readAllBytes(run.resolve(RunFolder.SUMMARY));
        CliTesting.Result r = execute("run", "--resume", run.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readAllBytes(run.resolve(RunFolder.SUMMARY))).isEqualTo(summary);
    }
}
