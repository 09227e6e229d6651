package io.densehebb.run;

import io.densehebb.model.InvalidParameterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The check of an output folder before any work: the path is a folder or can become one, and this
 * user can create files there. It catches an existing file, a path under a file, a read-only place and
 * a virtual file system such as /proc in one line, rather than after minutes of computing. It leaves
 * nothing behind: the probe is a temporary folder, removed at once.
 */
public final class OutputPath {

    private OutputPath() {
    }

    /**
     * @param option the option or key that named the path (--out, densehebb.output), for the message
     * @throws InvalidParameterException when nothing can be written at {@code dir}
     */
    public static void requireWritableFolder(Path dir, String option) {
        Path existing = firstExisting(dir);
        if (existing == null) {
            throw new InvalidParameterException(option, dir, "a folder path on an existing file system");
        }
        if (!Files.isDirectory(existing)) {
            throw new InvalidParameterException(option, dir, existing.equals(dir.toAbsolutePath().normalize())
                    ? "a folder to write into (this path is a file)"
                    : "a folder path (" + existing + " is a file, so nothing can be created under it)");
        }
        try {
            Path probe = Files.createTempDirectory(existing, ".densehebb-probe-");
            Files.delete(probe);
        } catch (IOException | UnsupportedOperationException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "a virtual file system"
                    : e instanceof IOException io ? RunFolder.reason(io) : "not supported by this file system";
            throw new InvalidParameterException(option, dir, "a folder this user can create and write (nothing can be created in "
                    + existing + ": " + why + ")");
        }
    }

    /** The nearest ancestor of {@code path} (or itself) that exists, or null. */
    static Path firstExisting(Path path) {
        for (Path p = path.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return p;
            }
        }
        return null;
    }
}
