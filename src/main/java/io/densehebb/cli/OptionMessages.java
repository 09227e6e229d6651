package io.densehebb.cli;

import java.nio.file.Path;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Command-line mistakes in the project's one-line form: what was given, what is allowed, where to read
 * more. picocli's own texts ("'abc' is not an int", "Unknown option") say what is wrong but not what
 * would be right.
 */
final class OptionMessages {

    private OptionMessages() {
    }

    static String explain(CommandLine.ParameterException ex) {
        CommandSpec command = ex.getCommandLine().getCommandSpec();
        String help = " (see " + command.qualifiedName() + " --help)";
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            String given = String.join(" ", unmatched.getUnmatched());
            return command.qualifiedName() + ": " + (given.startsWith("-") ? "unknown option " : "unexpected argument ") + given
                    + "; the options are " + optionList(command) + help;
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null && !(ex instanceof CommandLine.MissingParameterException)) {
            return name(arg) + " = " + ex.getValue() + " is not allowed: " + typeName(arg.type())
                    + (arg.description().length > 0 ? " (" + String.join(" ", arg.description()).replace("${DEFAULT-VALUE}",
                    String.valueOf(arg.defaultValue())) + ")" : "");
        }
        return ex.getMessage() + help;
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static String optionList(CommandSpec command) {
        return command.options().stream()
                .filter(o -> !o.hidden())
                .map(o -> o.longestName() + (o.arity().max() > 0 ? " " + o.paramLabel() : ""))
                .collect(Collectors.joining(", "));
    }

    private static String typeName(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class || type == float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == Path.class) {
            return "a path";
        }
        return "a value of type " + type.getSimpleName();
    }
}
