package io.densehebb.run;

/**
 * A run folder that cannot be used as asked: taken, locked by a live process, not a run folder,
 * finished, damaged, or bound to another configuration. The message is the one line the user sees
 * (exit code 2): which folder or file, what is wrong, and what the user can do.
 */
public final class RunFolderException extends RuntimeException {

    public RunFolderException(String message) {
        super(message);
    }

    public RunFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
