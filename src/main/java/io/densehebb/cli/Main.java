package io.densehebb.cli;

import io.densehebb.data.DataFileException;
import io.densehebb.model.InvalidParameterException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code densehebb} command line. Exit codes: 0 ok, 2 bad input (one line naming the key, the
 * value and what is allowed), 1 internal failure.
 */
@Command(
        name = "densehebb",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Dense Hebbian networks: parallel-tempering Monte Carlo, replica-symmetric theory, benchmarks.",
        subcommands = {
            RunCommand.class,
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
            ex.getCommandLine().getErr().println("densehebb: " + ex.getMessage());
            return EXIT_BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable cause = ex;
            while (cause != null && !(cause instanceof InvalidParameterException) && !(cause instanceof DataFileException)) {
                cause = cause.getCause();
            }
            if (cause != null) {
                commandLine.getErr().println("densehebb: " + cause.getMessage());
                return EXIT_BAD_INPUT;
            }
            commandLine.getErr().println("densehebb: internal failure: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return EXIT_INTERNAL;
        });
        return cli;
    }
}
