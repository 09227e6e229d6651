package io.densehebb.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.slf4j.LoggerFactory;

/**
 * The log file of the command being run: {@code densehebb.log} in the run folder once there is one,
 * receiving every densehebb event down to DEBUG with its stack trace, while the console keeps one line
 * per event at WARN. A failure the console reports in one line leaves its trace here
 * ({@link #recordFailure}); without a run folder it goes to a file in the system's temporary folder.
 */
final class RunLog {

    private static final String APPENDER = "densehebb-run-log";
    private static final String LOGGER = "io.densehebb";

    private static Path current;
    /** The file of the last command of this process, kept after {@link #detach} for {@link #recordFailure}. */
    private static Path last;
    private static Level previousLevel;

    private RunLog() {
    }

    /** Sends this process's densehebb events to {@code file} (appending: a resumed run adds to its log). */
    static synchronized void attach(Path file) {
        detach();
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another SLF4J binding (a host application's): leave its configuration alone
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.start();
        Logger densehebb = context.getLogger(LOGGER);
        previousLevel = densehebb.getLevel();
        densehebb.setLevel(Level.DEBUG);
        densehebb.addAppender(appender);
        current = file;
        last = file;
    }

    /** Forgets the last command's file: a new command starts without one. */
    static synchronized void reset() {
        detach();
        last = null;
    }

    static synchronized void detach() {
        if (current == null) {
            return;
        }
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            Logger densehebb = context.getLogger(LOGGER);
            var appender = densehebb.getAppender(APPENDER);
            densehebb.detachAppender(APPENDER);
            if (appender != null) {
                appender.stop();
            }
            densehebb.setLevel(previousLevel);
        }
        current = null;
    }

    /**
     * Appends {@code failure}'s stack trace to the log file of this command (or, without one, to a new
     * file in the temporary folder) and returns that file, for the one line the user sees; null if no
     * file could be written at all.
     */
    static synchronized Path recordFailure(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String entry = Instant.now() + " failure\n" + trace + "\n";
        try {
            Path file = last;
            if (file != null && Files.isDirectory(file.toAbsolutePath().getParent())) {
                Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                return file;
            }
            Path temporary = Files.createTempFile("densehebb-", ".log");
            Files.writeString(temporary, entry, StandardCharsets.UTF_8);
            return temporary;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
