package io.densehebb.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Runs the command line in this JVM and keeps what it printed on stderr; copies run folders. */
final class CliTesting {

    /** The files of a run's results that must be byte-identical whenever it is run or resumed. */
    static final List<String> RESULT_FILES = List.of("summary.json", "temperatures.csv", "overlaps.csv", "swaps.csv");

    record Result(int exitCode, String err) {

        /** The one line a user sees. */
        String line() {
            return err.strip();
        }
    }

    private CliTesting() {
    }

    static Result execute(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int code = cli.execute(args);
        return new Result(code, err.toString(StandardCharsets.UTF_8));
    }

    static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
