package io.densehebb.data;

import java.nio.file.Path;

/**
 * A data file that cannot be used: missing, of the wrong format, damaged or inconsistent with its
 * partner. The message is one line naming the file, what is wrong and what the user can do; the
 * command line prints it with exit code 2.
 */
public final class DataFileException extends IllegalArgumentException {

    public DataFileException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public DataFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
