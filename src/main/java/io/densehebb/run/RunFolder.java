package io.densehebb.run;

import io.densehebb.config.RunConfig;
import io.densehebb.config.RunConfigLoader;
import io.densehebb.io.AtomicFiles;
import io.densehebb.io.Checkpoint;
import io.densehebb.io.CheckpointBinding;
import io.densehebb.io.CheckpointStore;
import io.densehebb.model.InvalidParameterException;
import io.densehebb.model.Network;
import io.densehebb.results.ResultsWriter;
import io.densehebb.results.RunResults;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder of one run on disk and the run's {@link RunRecorder}: it holds run.conf (the resolved
 * configuration), the checkpoints, the results and the run's log, and is locked by the process writing
 * it ({@link FolderLock}). It is where every guard of a run's files lives:
 * <ul>
 *   <li>a new run gets a folder that did not exist or is empty (numbered -2, -3, ... under the output
 *       folder when none is named), checked before anything is computed; a failed creation leaves
 *       nothing behind;</li>
 *   <li>a resumed run needs a folder with its run.conf; it is finished when summary.json (the last
 *       file of the results) is there, and otherwise continues a checkpoint only when it is whole
 *       (checksum) and bound to the same result settings and disorder ({@link #bind});</li>
 *   <li>a folder deleted while its run goes on stops the run instead of being silently recreated.</li>
 * </ul>
 */
public final class RunFolder implements RunRecorder, AutoCloseable {

    public static final String RUN_CONF = "run.conf";
    /** Written last of the results: its presence marks a finished run. */
    public static final String SUMMARY = "summary.json";
    /** The run's log: details and stack traces the console leaves out. */
    public static final String LOG = "densehebb.log";

    private static final Logger LOG_ = LoggerFactory.getLogger(RunFolder.class);

    private final Path dir;
    private final FolderLock lock;
    private CheckpointBinding binding;

    private RunFolder(Path dir, FolderLock lock) {
        this.dir = dir;
        this.lock = lock;
    }

    /**
     * A new run in {@code dir} (named by {@code option}, e.g. --out), which must not exist yet or be
     * empty; writes {@code runConf} into it.
     */
    public static RunFolder create(Path dir, String option, String runConf) throws IOException {
        OutputPath.requireWritableFolder(dir, option);
        Path existing = OutputPath.firstExisting(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            deleteCreated(dir, existing);
            throw new InvalidParameterException(option, dir, "a folder that can be created (" + reason(e) + ")");
        }
        return claim(dir, option, runConf, existing);
    }

    /** A new run in {@code parent/name}, or {@code parent/name-2}, {@code -3}, ... when that is taken. */
    public static RunFolder createNumbered(Path parent, String name, String option, String runConf) throws IOException {
        OutputPath.requireWritableFolder(parent, option);
        Path existing = OutputPath.firstExisting(parent);
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            deleteCreated(parent, existing);
            throw new InvalidParameterException(option, parent, "a folder that can be created (" + reason(e) + ")");
        }
        for (int k = 1; ; k++) {
            Path candidate = parent.resolve(k == 1 ? name : name + "-" + k);
            try {
                Files.createDirectory(candidate); // atomic: two runs never pick the same number
            } catch (FileAlreadyExistsException taken) {
                continue;
            } catch (IOException e) {
                throw new InvalidParameterException(option, parent, "a folder where run folders can be created (" + reason(e) + ")");
            }
            return claim(candidate, option, runConf, parent);
        }
    }

    /**
     * The folder of a run to resume: it exists, holds run.conf and is not locked by a live process.
     * It may be finished ({@link #isFinished}): then there is nothing to resume.
     */
    public static RunFolder reopen(Path dir, String option) throws IOException {
        if (!Files.exists(dir)) {
            throw new InvalidParameterException(option, dir, "a run folder (there is nothing at this path)");
        }
        if (!Files.isDirectory(dir)) {
            throw new InvalidParameterException(option, dir, "a run folder (this path is a file)");
        }
        if (!Files.isRegularFile(dir.resolve(RUN_CONF))) {
            throw new InvalidParameterException(option, dir, "a run folder holding " + RUN_CONF + " (this folder has none)");
        }
        FolderLock lock;
        try {
            lock = FolderLock.acquire(dir, option);
        } catch (RunFolderException e) {
            throw e;
        } catch (IOException e) {
            throw new InvalidParameterException(option, dir, "a run folder this user can write (" + reason(e) + ")");
        }
        RunFolder folder = new RunFolder(dir, lock);
        folder.deleteTemporaryFiles();
        return folder;
    }

    /** Locks a folder just made or found empty and writes run.conf; on any failure removes what it made. */
    private static RunFolder claim(Path dir, String option, String runConf, Path existingAncestor) throws IOException {
        // a folder refused below must not keep a .lock this call made (the user's folder is left as it was)
        boolean lockFileWasThere = Files.exists(dir.resolve(FolderLock.FILE));
        FolderLock lock;
        try {
            lock = FolderLock.acquire(dir, option);
        } catch (RunFolderException e) {
            throw e; // someone else's live run: leave its folder alone
        } catch (IOException e) {
            deleteCreated(dir, existingAncestor);
            throw new InvalidParameterException(option, dir, "a folder this user can write (" + reason(e) + ")");
        }
        RunFolder folder = new RunFolder(dir, lock);
        try {
            List<String> entries;
            try (Stream<Path> list = Files.list(dir)) {
                entries = list.map(p -> p.getFileName().toString()).filter(n -> !n.equals(FolderLock.FILE)).sorted().toList();
            }
            if (!entries.isEmpty()) {
                throw new InvalidParameterException(option, dir, "a folder that does not exist yet or is empty (it holds "
                        + entries.get(0) + (entries.size() > 1 ? " and " + (entries.size() - 1) + " more" : "")
                        + "; to continue the run in it use --resume " + dir + ")");
            }
            AtomicFiles.writeString(dir.resolve(RUN_CONF), runConf);
            return folder;
        } catch (IOException | RuntimeException e) {
            folder.close();
            if (!(e instanceof InvalidParameterException)) {
                Files.deleteIfExists(dir.resolve(RUN_CONF));
                deleteCreated(dir, existingAncestor);
                throw new InvalidParameterException(option, dir, "a folder this user can write (" + reason(e) + ")");
            }
            if (!lockFileWasThere) {
                Files.deleteIfExists(dir.resolve(FolderLock.FILE));
            }
            deleteCreated(dir, existingAncestor);
            throw e;
        }
    }

    public Path dir() {
        return dir;
    }

    @Override
    public Path folder() {
        return dir;
    }

    public Path runConf() {
        return dir.resolve(RUN_CONF);
    }

    public Path log() {
        return dir.resolve(LOG);
    }

    /** Binds this run's checkpoints to the settings that decide its numbers and to its disorder. */
    public void bind(RunConfig config, Network network, String codeVersion) {
        this.binding = new CheckpointBinding(RunConfigLoader.resultSettings(config), DisorderDigest.of(network), codeVersion);
    }

    /**
     * The checkpoint a resumed run continues from, or empty when none was written yet (the run starts
     * over). A damaged latest checkpoint falls back to the previous one (and is set aside as
     * {@code state.cbor.damaged}).
     *
     * @throws RunFolderException when every checkpoint is damaged, or the checkpoint belongs to other
     *                            settings or another disorder than run.conf gives now
     */
    public Optional<Checkpoint> checkpointToResume() {
        requireBound();
        Optional<CheckpointStore.Loaded> read;
        try {
            read = CheckpointStore.read(dir);
        } catch (CheckpointStore.DamagedCheckpointException e) {
            throw new RunFolderException("the checkpoint of " + dir + " is damaged (" + e.getMessage()
                    + "), so the run cannot be resumed; start it again: densehebb run " + runConf() + " --out NEW_FOLDER", e);
        } catch (IOException e) {
            throw new RunFolderException("the checkpoint of " + dir + " cannot be read (" + reason(e)
                    + "); check the folder's permissions, or start the run again: densehebb run " + runConf() + " --out NEW_FOLDER", e);
        }
        if (read.isEmpty()) {
            return Optional.empty();
        }
        CheckpointStore.Loaded loaded = read.get();
        List<String> differences = loaded.binding().differencesFrom(binding);
        if (!differences.isEmpty()) {
            throw new RunFolderException(runConf() + " no longer matches the checkpoint it would resume: "
                    + String.join(", ", differences) + "; put run.conf back as it was, or start a new run with --out");
        }
        if (!loaded.skipped().isEmpty()) {
            setAsideDamagedLatest();
            LOG_.warn("{}; resuming from the previous checkpoint ({}, round {})", String.join("; ", loaded.skipped()),
                    dir.relativize(loaded.file()), loaded.checkpoint().round());
        }
        if (!loaded.binding().codeVersion().equals(binding.codeVersion())) {
            LOG_.warn("the checkpoint was written by densehebb {}; resuming it with {}", loaded.binding().codeVersion(),
                    binding.codeVersion());
        }
        return Optional.of(loaded.checkpoint());
    }

    /** A process killed inside an atomic write leaves its temporary file (the target itself is whole). */
    private void deleteTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir, 2)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(".")
                    && f.getFileName().toString().endsWith(".tmp") && Files.isRegularFile(f)).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void setAsideDamagedLatest() {
        Path latest = CheckpointStore.file(dir);
        try {
            Files.move(latest, latest.resolveSibling(latest.getFileName() + ".damaged"), StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException gone) {
            // only the previous checkpoint was there
        } catch (IOException e) {
            throw new RunFolderException("cannot set aside the damaged " + latest + " (" + reason(e) + ")", e);
        }
    }

    @Override
    public void checkpoint(Checkpoint checkpoint) throws IOException {
        requireBound();
        requireStillThere();
        try {
            CheckpointStore.write(dir, binding, checkpoint);
        } catch (IOException e) {
            requireStillThere(); // deleted while being written: say so rather than report an I/O error
            throw e;
        }
    }

    @Override
    public void finished(RunResults results) throws IOException {
        requireStillThere();
        try {
            ResultsWriter.write(dir, results);
        } catch (IOException e) {
            requireStillThere();
            throw e;
        }
    }

    /** Whether the results are complete (summary.json is written last). */
    public boolean isFinished() {
        return Files.exists(dir.resolve(SUMMARY));
    }

    private void requireBound() {
        if (binding == null) {
            throw new IllegalStateException("bind the run folder " + dir + " to its configuration first");
        }
    }

    /** Writing into a vanished folder would recreate it without run.conf: an orphan nobody could resume. */
    private void requireStillThere() {
        if (!Files.isRegularFile(runConf())) {
            throw new RunStoppedException("the run folder " + dir + (Files.isDirectory(dir) ? " lost its " + RUN_CONF : " was deleted")
                    + " while the run was going on; the run stopped, and its work is lost with the folder: start it again");
        }
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }

    /** Removes the empty folders between {@code dir} and the ancestor that existed before (exclusive). */
    private static void deleteCreated(Path dir, Path existingAncestor) {
        List<Path> chain = new ArrayList<>();
        for (Path p = dir.toAbsolutePath().normalize(); p != null && !p.equals(existingAncestor); p = p.getParent()) {
            chain.add(p);
        }
        for (Path p : chain) {
            try {
                Files.deleteIfExists(p.resolve(FolderLock.FILE));
                Files.deleteIfExists(p);
            } catch (IOException e) {
                return; // not empty or not ours: leave it
            }
        }
    }

    /** An I/O failure in words, without the exception's class name. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " exists and is not a folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + (f.getFile() != null ? ": " + f.getFile() : "");
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
