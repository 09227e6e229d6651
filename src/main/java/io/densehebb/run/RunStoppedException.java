package io.densehebb.run;

/**
 * A run that stopped for a reason it can state in one line (its folder vanished, a replica fails
 * the same round every time): the message is what the user sees (exit code 1), and says what was kept.
 */
public final class RunStoppedException extends RuntimeException {

    public RunStoppedException(String message) {
        super(message);
    }

    public RunStoppedException(String message, Throwable cause) {
        super(message, cause);
    }
}
