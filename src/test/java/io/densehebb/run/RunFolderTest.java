package io.densehebb.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.densehebb.model.InvalidParameterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guards of a run folder: naming, the lock, the paths it refuses, resume, and a folder deleted under a run. */
class RunFolderTest {

    private static final String RUN_CONF = "densehebb { seed = 1 }\n";

    @Test
    void defaultFoldersAreNumberedWhenTaken(@TempDir Path dir) throws Exception {
        try (RunFolder first = RunFolder.createNumbered(dir.resolve("results"), "quick", "densehebb.output", RUN_CONF);
             RunFolder second = RunFolder.createNumbered(dir.resolve("results"), "quick", "densehebb.output", RUN_CONF);
             RunFolder third = RunFolder.createNumbered(dir.resolve("results"), "quick", "densehebb.output", RUN_CONF)) {
            assertThat(first.dir().getFileName()).hasToString("quick");
            assertThat(second.dir().getFileName()).hasToString("quick-2");
            assertThat(third.dir().getFileName()).hasToString("quick-3");
            assertThat(Files.readString(third.runConf())).isEqualTo(RUN_CONF);
        }
    }

    @Test
    void aNamedFolderMustBeNewOrEmpty(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        try (RunFolder folder = RunFolder.create(out, "--out", RUN_CONF)) {
            assertThat(folder.runConf()).exists();
        }
        assertThatThrownBy(() -> RunFolder.create(out, "--out", RUN_CONF))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("--out = " + out + " is not allowed: a folder that does not exist yet or is empty (it holds run.conf;"
                        + " to continue the run in it use --resume " + out + ")");
    }

    @Test
    void pathsThatCannotHoldARunAreRefusedAndNothingIsLeftBehind(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        assertThatThrownBy(() -> RunFolder.create(file, "--out", RUN_CONF))
                .hasMessage("--out = " + file + " is not allowed: a folder to write into (this path is a file)");
        assertThatThrownBy(() -> RunFolder.create(file.resolve("run"), "--out", RUN_CONF))
                .hasMessage("--out = " + file.resolve("run") + " is not allowed: a folder path (" + file
                        + " is a file, so nothing can be created under it)");
        assertThatThrownBy(() -> RunFolder.create(Path.of("/proc/densehebb-run"), "--out", RUN_CONF))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("--out = /proc/densehebb-run is not allowed: a folder this user can create and write (")
                .hasMessageNotContaining("Exception");
        assertThat(Files.readString(file)).isEqualTo("x");
        try (var entries = Files.list(dir)) {
            assertThat(entries).containsExactly(file);
        }
    }

    @Test
    void resumeNeedsARunFolder(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> RunFolder.reopen(dir.resolve("none"), "--resume"))
                .hasMessageEndingWith("is not allowed: a run folder (there is nothing at this path)");
        assertThatThrownBy(() -> RunFolder.reopen(dir, "--resume"))
                .hasMessageEndingWith("is not allowed: a run folder holding run.conf (this folder has none)");
        Path run = dir.resolve("run");
        RunFolder.create(run, "--out", RUN_CONF).close();
        try (RunFolder reopened = RunFolder.reopen(run, "--resume")) {
            assertThat(reopened.isFinished()).isFalse();
        }
        Files.writeString(run.resolve(RunFolder.SUMMARY), "{}");
        try (RunFolder reopened = RunFolder.reopen(run, "--resume")) {
            assertThat(reopened.isFinished()).isTrue();
        }
    }

    @Test
    void aFolderLockedByThisProcessIsRefused(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        try (RunFolder held = RunFolder.create(run, "--out", RUN_CONF)) {
            assertThatThrownBy(() -> RunFolder.reopen(run, "--resume"))
                    .isInstanceOf(RunFolderException.class)
                    .hasMessage("--resume " + run + " is in use by process " + ProcessHandle.current().pid()
                            + " (a run writing there now): wait for it to end, or choose another folder");
        }
        RunFolder.reopen(run, "--resume").close();
    }

    /**
     * The lock of another process blocks while that process lives and not after it is killed: the
     * operating system drops it with the process, whatever the lock file still says.
     */
    @Test
    void aLiveProcessBlocksTheFolderAndAKilledOneDoesNot(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        RunFolder.create(run, "--out", RUN_CONF).close();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldLock.class.getName(), run.toString())
                .redirectErrorStream(true).start();
        try {
            assertThat(holder.getInputStream().read()).as("the holder says it holds the lock").isEqualTo('L');
            assertThatThrownBy(() -> RunFolder.reopen(run, "--resume"))
                    .isInstanceOf(RunFolderException.class)
                    .hasMessageContaining("is in use by process " + holder.pid());
        } finally {
            holder.destroyForcibly();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(Files.readString(run.resolve(FolderLock.FILE)).strip()).as("the dead holder's id is still written")
                .isEqualTo(String.valueOf(holder.pid()));
        RunFolder.reopen(run, "--resume").close();
    }

    /** Holds a folder's lock until killed. */
    public static final class HoldLock {
        public static void main(String[] args) throws IOException, InterruptedException {
            FolderLock lock = FolderLock.acquire(Path.of(args[0]), "--out");
            System.out.print('L');
            System.out.flush();
            Thread.sleep(120_000);
            lock.close();
        }
    }
}
