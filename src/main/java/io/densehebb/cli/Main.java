package io.densehebb.cli;

import io.densehebb.data.DataFileException;
import io.densehebb.model.InvalidParameterException;
import io.densehebb.run.MemoryEstimate;
import io.densehebb.run.RunFolderException;
import io.densehebb.run.RunStoppedException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code densehebb} command line. Exit codes: 0 ok, 2 bad input (one line naming the key, the
 * value and what is allowed; a damaged or edited run folder likewise), 1 internal failure or a run that
 * stopped (one line; the stack trace goes to the run's densehebb.log, named in that line).
 */
@Command(
        name = "densehebb",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Dense Hebbian networks: parallel-tempering Monte Carlo, replica-symmetric theory, benchmarks.",
        subcommands = {
            RunCommand.class,
            SweepCommand.class,
            ClassifyCommand.class,
            BenchCommand.class,
            TheoryCommand.class,
            PhaseDiagramCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_INTERNAL = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of main). */
    public static int execute(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("densehebb: " + OptionMessages.explain(ex));
            return EXIT_BAD_INPUT;
        });
        cli.setExecutionStrategy(parseResult -> {
            RunLog.reset();
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            Throwable badInput = causeOf(ex, InvalidParameterException.class, RunFolderException.class,
                    MemoryEstimate.InsufficientMemoryException.class, DataFileException.class);
            if (badInput != null) {
                err.println("densehebb: " + badInput.getMessage());
                return EXIT_BAD_INPUT;
            }
            Path log = RunLog.recordFailure(ex);
            String details = log == null ? "" : " (details in " + log + ")";
            Throwable stopped = causeOf(ex, RunStoppedException.class);
            if (causeOf(ex, OutOfMemoryError.class) != null) {
                err.println("densehebb: out of memory: this JVM may use at most " + (Runtime.getRuntime().maxMemory() >> 20)
                        + " MB; raise the limit with DENSEHEBB_JAVA_OPTS=-Xmx... (a killed run keeps its checkpoint: "
                        + "run --resume DIR)" + details);
            } else if (stopped != null) {
                err.println("densehebb: " + stopped.getMessage() + details);
            } else {
                err.println("densehebb: internal failure: " + firstLine(ex) + (log == null ? "" : "; the stack trace is in " + log));
            }
            return EXIT_INTERNAL;
        });
        return cli;
    }

    /** The first cause in {@code failure}'s chain that is one of {@code types}, or null. */
    @SafeVarargs
    private static Throwable causeOf(Throwable failure, Class<? extends Throwable>... types) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(cause)) {
                    return cause;
                }
            }
        }
        return null;
    }

    private static String firstLine(Throwable failure) {
        String text = String.valueOf(failure);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
