package io.densehebb.run;

import io.densehebb.io.AtomicFiles;
import io.densehebb.model.InvalidParameterException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder of a sweep: sweep.conf (the resolved sweep file), its runs as ordinary run folders under
 * points/, and the aggregated tables, plots and report. Locked by the process writing it with a
 * {@link FolderLock}, as a run folder is; each run's folder is a {@link RunFolder} of its own.
 */
public final class SweepFolder implements AutoCloseable {

    public static final String SWEEP_CONF = "sweep.conf";
    public static final String POINTS = "points";

    private final Path dir;
    private final FolderLock lock;

    private SweepFolder(Path dir, FolderLock lock) {
        this.dir = dir;
        this.lock = lock;
    }

    /** A new sweep in {@code dir}, which must not exist yet or be empty; writes sweep.conf into it. */
    public static SweepFolder create(Path dir, String option, String sweepConf) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidParameterException(option, dir, "a folder to write the sweep into (this path is a file)");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InvalidParameterException(option, dir, "a folder that can be created (" + RunFolder.reason(e) + ")");
        }
        return claim(dir, option, sweepConf);
    }

    /** A new sweep in {@code parent/name}, or {@code parent/name-2}, {@code -3}, ... when that is taken. */
    public static SweepFolder createNumbered(Path parent, String name, String option, String sweepConf) throws IOException {
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new InvalidParameterException(option, parent, "a folder that can be created (" + RunFolder.reason(e) + ")");
        }
        for (int k = 1; ; k++) {
            Path candidate = parent.resolve(k == 1 ? name : name + "-" + k);
            try {
                Files.createDirectory(candidate); // atomic: two sweeps never pick the same number
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            return claim(candidate, option, sweepConf);
        }
    }

    /** The folder of a sweep to finish: it exists, holds sweep.conf and is not locked by a live process. */
    public static SweepFolder reopen(Path dir, String option) throws IOException {
        if (!Files.isDirectory(dir) || !Files.isRegularFile(dir.resolve(SWEEP_CONF))) {
            throw new InvalidParameterException(option, dir, "a sweep folder holding " + SWEEP_CONF
                    + (Files.isDirectory(dir) ? " (this folder has none)" : " (there is no folder at this path)"));
        }
        return new SweepFolder(dir, FolderLock.acquire(dir, option));
    }

    private static SweepFolder claim(Path dir, String option, String sweepConf) throws IOException {
        FolderLock lock = FolderLock.acquire(dir, option);
        List<String> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.map(p -> p.getFileName().toString()).filter(n -> !n.equals(FolderLock.FILE)).sorted().toList();
        }
        if (!entries.isEmpty()) {
            lock.close();
            throw new InvalidParameterException(option, dir, "a folder that does not exist yet or is empty (it holds "
                    + entries.get(0) + (entries.size() > 1 ? " and " + (entries.size() - 1) + " more" : "")
                    + "; to finish the sweep in it use sweep --resume " + dir + ")");
        }
        AtomicFiles.writeString(dir.resolve(SWEEP_CONF), sweepConf);
        return new SweepFolder(dir, lock);
    }

    public Path dir() {
        return dir;
    }

    public Path sweepConf() {
        return dir.resolve(SWEEP_CONF);
    }

    /** The run folder of one point and sample. */
    public Path runDir(SweepPoint point) {
        return dir.resolve(POINTS).resolve(point.folder());
    }

    /** Whether that run's results are complete. */
    public boolean isFinished(SweepPoint point) {
        return Files.exists(runDir(point).resolve(RunFolder.SUMMARY));
    }

    /** The run folder of a point: created with its run.conf the first time, reopened (to resume it) after that. */
    public RunFolder openRun(SweepPoint point, String runConf) throws IOException {
        Path run = runDir(point);
        String option = "sweep point " + point.describe() + ", sample " + point.sample();
        return Files.isRegularFile(run.resolve(RunFolder.RUN_CONF)) ? RunFolder.reopen(run, option)
                : RunFolder.create(run, option, runConf);
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }
}
