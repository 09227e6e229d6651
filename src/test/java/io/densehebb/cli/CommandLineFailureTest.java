package io.densehebb.cli;

import static io.densehebb.cli.CliTesting.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.densehebb.config.RunConfigLoader;
import io.densehebb.run.MemoryEstimate;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What a user sees when something is wrong: one line on stderr, never a stack trace, the right exit
 * code (2 for bad input, 1 for a run that could not go on), and no folder left behind by a refusal.
 */
class CommandLineFailureTest {

    private static final String SMALL = """
            densehebb {
              model { kind = hopfield, P = 4, N = 40, K = 2 }
              ladder { slots = 3 }
              sweeps { burn-in = 20, measure = 200, per-round = 5, measure-every = 10 }
              checkpoint-every = 30ms
            }
            """;

    private static Path write(Path dir, String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static void assertOneLine(CliTesting.Result r, int exitCode) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(exitCode);
        assertThat(r.line()).startsWith("densehebb: ").doesNotContain("\n").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void anOutputPathThatCannotBeAFolderIsRefusedBeforeAnyWork(@TempDir Path dir) throws Exception {
        Path conf = write(dir, "small.conf", SMALL);
        Path file = write(dir, "a-file", "keep me");
        for (Path out : List.of(file, file.resolve("under"), Path.of("/proc/densehebb-out"))) {
            CliTesting.Result r = execute("run", conf.toString(), "--out", out.toString());
            assertOneLine(r, Main.EXIT_BAD_INPUT);
            assertThat(r.line()).startsWith("densehebb: --out = " + out + " is not allowed: ");
        }
        CliTesting.Result diagram = execute("phase-diagram", conf.toString(), "--out", file.toString());
        assertOneLine(diagram, Main.EXIT_BAD_INPUT);
        assertThat(Files.readString(file)).isEqualTo("keep me");
        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries).containsExactlyInAnyOrder(conf, file);
        }
    }

    @Test
    void anEmptyConfigurationIsRefusedAndDensehebbBracesAreNot(@TempDir Path dir) throws Exception {
        Path empty = write(dir, "empty.conf", "");
        CliTesting.Result r = execute("run", empty.toString(), "--out", dir.resolve("out").toString());
        assertOneLine(r, Main.EXIT_BAD_INPUT);
        assertThat(r.line()).isEqualTo("densehebb: config file = " + empty + " is not allowed: a run configuration, not an empty"
                + " one; see conf/quickstart.conf (write densehebb {} to run every default)");
        assertThat(dir.resolve("out")).doesNotExist();
        Path braces = write(dir, "braces.conf", "densehebb {}");
        assertThat(RunConfigLoader.load(braces, List.of()).network().N()).isEqualTo(400);
    }

    /** The example: K = 10^6 classes of N = 1000 needs about 12 GB, more than a test JVM gets. */
    @Test
    void aConfigurationTooLargeForTheHeapIsRefusedWithTheEstimateAndHowToRaiseIt(@TempDir Path dir) throws Exception {
        Path conf = write(dir, "base.conf", "densehebb { }");
        String[] sizes = {"--set", "model.P=2", "--set", "model.N=1000", "--set", "model.K=1000000", "--set", "model.M=2",
            "--set", "ladder.slots=2"};
        var config = RunConfigLoader.load(conf, List.of("model.P=2", "model.N=1000", "model.K=1000000", "model.M=2", "ladder.slots=2"));
        assumeTrue(MemoryEstimate.forRun(config).total() > Runtime.getRuntime().maxMemory(), "this JVM's heap is large enough");
        Path out = dir.resolve("a");
        String[] args = Stream.concat(Stream.of("run", conf.toString(), "--out", out.toString()), Stream.of(sizes)).toArray(String[]::new);
        CliTesting.Result r = execute(args);
        assertOneLine(r, Main.EXIT_BAD_INPUT);
        assertThat(r.line()).startsWith("densehebb: this configuration needs about ").contains("DENSEHEBB_JAVA_OPTS=-Xmx");
        assertThat(out).doesNotExist();

        CliTesting.Result bench = execute("bench", "--P", "2", "--N", "1000", "--K", "1000000", "--model", "supervised", "--M", "2");
        assertOneLine(bench, Main.EXIT_BAD_INPUT);
        assertThat(bench.line()).startsWith("densehebb: this configuration needs about ");
    }

    @Test
    void estimatesAreNotBlockingOrdinaryRuns() throws Exception {
        var quickstart = RunConfigLoader.load(Path.of("conf/quickstart.conf"), List.of());
        assertThat(MemoryEstimate.forRun(quickstart).total()).isLessThan(256L << 20);
    }

    @Test
    void moreThreadsThanCoresAreCappedAtTheCores(@TempDir Path dir) throws Exception {
        Path conf = write(dir, "small.conf", SMALL);
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(RunConfigLoader.load(conf, List.of("threads=10000")).effectiveThreads()).isEqualTo(cores);
        assertThat(RunConfigLoader.load(conf, List.of("threads=1")).effectiveThreads()).isEqualTo(1);
        CliTesting.Result r = execute("run", conf.toString(), "--out", dir.resolve("run").toString(), "--threads", "10000");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void optionMistakesSayWhatIsAllowed(@TempDir Path dir) throws Exception {
        CliTesting.Result notAnInt = execute("run", "x.conf", "--threads", "abc");
        assertOneLine(notAnInt, Main.EXIT_BAD_INPUT);
        assertThat(notAnInt.line()).isEqualTo("densehebb: --threads = abc is not allowed: an integer (worker threads"
                + " (0 = every core); never changes the results)");
        CliTesting.Result unknown = execute("run", "x.conf", "--bogus");
        assertOneLine(unknown, Main.EXIT_BAD_INPUT);
        assertThat(unknown.line()).startsWith("densehebb: densehebb run: unknown option --bogus; the options are ")
                .contains("--out DIR").contains("--resume DIR").endsWith("(see densehebb run --help)");
    }

    @Test
    void anInternalFailurePrintsOneLineAndLeavesItsTraceInALogFile() throws Exception {
        CommandLine cli = Main.commandLine();
        cli.addSubcommand("explode", new Explode());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        assertThat(cli.execute("explode")).isEqualTo(Main.EXIT_INTERNAL);
        String line = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(line).startsWith("densehebb: internal failure: java.lang.IllegalStateException: a broken invariant; the stack"
                + " trace is in ").doesNotContain("\n");
        Path log = Path.of(line.substring(line.lastIndexOf(" in ") + 4));
        assertThat(Files.readString(log)).contains("a broken invariant").contains("\tat ");
        Files.delete(log);
    }

    @Test
    void runningOutOfMemoryIsOneLineSayingHowToRaiseTheLimit() throws Exception {
        CommandLine cli = Main.commandLine();
        cli.addSubcommand("exhaust", new Exhaust());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        assertThat(cli.execute("exhaust")).isEqualTo(Main.EXIT_INTERNAL);
        String line = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(line).startsWith("densehebb: out of memory: this JVM may use at most ").contains("DENSEHEBB_JAVA_OPTS=-Xmx")
                .doesNotContain("\n");
        Files.deleteIfExists(Path.of(line.substring(line.lastIndexOf(" in ") + 4, line.length() - 1)));
    }

    /** A run that ran out of memory, as RunCommand reports it. */
    @CommandLine.Command(name = "exhaust")
    static final class Exhaust implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("out of memory", new OutOfMemoryError("Java heap space"));
        }
    }

    /** A command with a bug. */
    @CommandLine.Command(name = "explode")
    static final class Explode implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a broken invariant");
        }
    }

    /** A folder deleted under a live run stops it (exit 1, one line) rather than being recreated without run.conf. */
    @Test
    void aRunWhoseFolderIsDeletedStopsAndSaysItsWorkIsLost(@TempDir Path dir) throws Exception {
        Path conf = write(dir, "long.conf", SMALL.replace("measure = 200", "measure = 200000"));
        Path run = dir.resolve("run");
        Path output = dir.resolve("child.log");
        Process child = new ProcessBuilder(CliTesting.javaExecutable(), "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", Main.class.getName(), "run", conf.toString(), "--out", run.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(run.resolve("checkpoint")) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            for (int attempt = 0; Files.exists(run) && attempt < 50; attempt++) {
                try (Stream<Path> files = Files.walk(run)) {
                    for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                } catch (java.io.IOException writtenMeanwhile) {
                    Thread.sleep(2); // the run wrote a file while the folder was being emptied: again
                }
            }
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the run stopped").isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).isEqualTo(Main.EXIT_INTERNAL);
        String printed = Files.readString(output).strip();
        assertThat(printed).doesNotContain("\tat ")
                .contains("densehebb: the run folder " + run + " was deleted while the run was going on; the run stopped,"
                        + " and its work is lost with the folder: start it again");
        assertThat(run).as("not recreated").doesNotExist();
    }
}
