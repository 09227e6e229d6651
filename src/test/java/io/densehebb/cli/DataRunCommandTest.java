package io.densehebb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.densehebb.config.RunConfigLoader;
import io.densehebb.data.DataSource;
import io.densehebb.data.ImageDatasets;
import io.densehebb.data.PatternFiles;
import io.densehebb.data.RealData;
import io.densehebb.model.Network;
import io.densehebb.run.RunNetwork;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code densehebb run} on data: the patterns a run writes rebuild its network; missing or bad data exit 2 and leave nothing. */
class DataRunCommandTest {

    private static final String SHORT = """
              ladder { kind = geometric, t-min = 0.5, t-max = 1.0, slots = 2 }
              copies = 2
              sweeps { burn-in = 10, measure = 20, per-round = 5, measure-every = 10 }
              seed = 3
            """;

    private record Result(int exitCode, String err) {
    }

    private static Result execute(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int code = cli.execute(args);
        return new Result(code, err.toString(StandardCharsets.UTF_8));
    }

    private static Network rebuilt(Path conf) {
        return RunNetwork.build(RunConfigLoader.load(conf, List.of())).network();
    }

    private static void assertSamePatterns(Network a, Network b) {
        assertThat(b.spec()).isEqualTo(a.spec());
        assertThat(b.dataset().archetypes().neuronMajorCopy()).isEqualTo(a.dataset().archetypes().neuronMajorCopy());
        assertThat(b.dataset().examples().neuronMajorCopy()).isEqualTo(a.dataset().examples().neuronMajorCopy());
    }

    /**
     * A synthetic run writes its patterns; a run on those files (dataset = file) has the same archetypes
     * and examples, and writes them back byte for byte. Its r is the measured one (close to, not equal
     * to, the drawing r = 0.6); from then on file -> file is exact, spec included.
     */
    @Test
    void writtenPatternsRoundTripThroughDatasetFile(@TempDir Path dir) throws Exception {
        Path conf = Files.writeString(dir.resolve("syn.conf"), "densehebb {\n model { kind = supervised, P = 4, N = 60, K = 3, M = 4, r = 0.6 }\n"
                + SHORT + " output-patterns = true\n}\n");
        Result first = execute("run", conf.toString(), "--out", dir.resolve("a").toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        Path patterns = dir.resolve("a/patterns");
        assertThat(PatternFiles.read(patterns.resolve("archetypes.npy")).shape()).containsExactly(3, 60);
        assertThat(PatternFiles.read(patterns.resolve("examples.npy")).shape()).containsExactly(3, 4, 60);

        String fileModel = "model { kind = supervised, P = 4, dataset = file, archetypes = \"%s\", examples = \"%s\" }";
        Path fromFiles = Files.writeString(dir.resolve("file.conf"), "densehebb {\n" + fileModel.formatted(
                patterns.resolve("archetypes.npy"), patterns.resolve("examples.npy")) + "\n" + SHORT + " output-patterns = true\n}\n");
        Network synthetic = rebuilt(conf);
        Network read = rebuilt(fromFiles);
        assertThat(read.dataset().archetypes().neuronMajorCopy()).isEqualTo(synthetic.dataset().archetypes().neuronMajorCopy());
        assertThat(read.dataset().examples().neuronMajorCopy()).isEqualTo(synthetic.dataset().examples().neuronMajorCopy());
        assertThat(read.spec().r()).isEqualTo(synthetic.dataset().meanExampleOverlap()).isNotEqualTo(0.6);

        Result second = execute("run", fromFiles.toString(), "--out", dir.resolve("b").toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        for (String f : List.of("archetypes.npy", "examples.npy")) {
            assertThat(Files.readAllBytes(dir.resolve("b/patterns").resolve(f))).isEqualTo(Files.readAllBytes(patterns.resolve(f)));
        }
        assertThat(Files.readString(dir.resolve("b/summary.json"))).contains("\"dataset\" : \"file\"", "\"r\" : " + read.spec().r());
        // run.conf of the file run reloads to the same network (paths absolute, N, K, M, r as measured)
        assertSamePatterns(read, rebuilt(dir.resolve("b/run.conf")));
    }

    @Test
    void missingImageDataExitTwoNamingTheFetchCommandAndWriteNothing(@TempDir Path dir) throws Exception {
        Path conf = Files.writeString(dir.resolve("m.conf"), "densehebb {\n model { dataset = fashion-mnist, data-folder = \""
                + dir.resolve("empty") + "\" }\n" + SHORT + "}\n");
        Path out = dir.resolve("out");
        Result r = execute("run", conf.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("densehebb: " + dir.resolve("empty/fashion-mnist/train-images-idx3-ubyte")
                + ": missing: densehebb.model.dataset = fashion-mnist reads it from densehebb.model.data-folder = "
                + dir.resolve("empty") + "; fetch it with scripts/fetch-data fashion-mnist");
        assertThat(out).doesNotExist();
    }

    @Test
    void badPatternFilesExitTwoWithOneLine(@TempDir Path dir) throws Exception {
        Path xi = Files.writeString(dir.resolve("xi.txt"), "1 -1 1 -1 1\n1 1 2 1 1\n");
        Path conf = Files.writeString(dir.resolve("f.conf"), "densehebb {\n model { kind = hopfield, P = 2, dataset = file, archetypes = \""
                + xi + "\" }\n" + SHORT + "}\n");
        Result r = execute("run", conf.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("densehebb: " + xi + ": holds the value 2; pattern entries must be +-1 or 0/1");
        assertThat(dir.resolve("out")).doesNotExist();

        Files.writeString(xi, "1 -1 1 -1 1\n1 1 1 1 1\n");
        Path eta = Files.writeString(dir.resolve("eta.txt"), "1 -1 1 -1 1\n1 1 1 1 1\n1 1 1 1 1\n");
        Files.writeString(conf, "densehebb {\n model { kind = supervised, P = 2, dataset = file, archetypes = \"" + xi
                + "\", examples = \"" + eta + "\" }\n" + SHORT + "}\n");
        r = execute("run", conf.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("densehebb: densehebb.model.examples = [3, 5] is not allowed: K x M x N = 2 x M x 5 "
                + "(or K * M lines of 5 entries in a text file), matching the archetypes");
    }

    /**
     * A run on MNIST (skipped, saying so, without data/mnist): N = 784, K = the chosen classes, r the
     * measured one, classes.csv per class, and the patterns it writes rebuild the same network.
     */
    @Test
    void aRunOnMnistWritesItsClassesAndPatterns(@TempDir Path dir) throws Exception {
        DataSource source = RealData.source("mnist");
        assumeTrue(ImageDatasets.available(source), "data/mnist is not there: run scripts/fetch-data mnist");
        Path conf = Files.writeString(dir.resolve("mnist.conf"), "densehebb {\n model { kind = supervised, P = 4, M = 20, dataset = mnist, "
                + "classes = [3, 8, 1], data-folder = \"" + source.folder() + "\" }\n" + SHORT + " output-patterns = true\n}\n");
        Result r = execute("run", conf.toString(), "--out", dir.resolve("m").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Network network = rebuilt(conf);
        assertThat(network.spec().N()).isEqualTo(784);
        assertThat(network.spec().K()).isEqualTo(3);
        List<String> rows = Files.readAllLines(dir.resolve("m/classes.csv"));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).isEqualTo("dataset,mu,label,train_images,r,rho,M,threshold");
        assertThat(rows.get(1)).startsWith("mnist,1,3,6131,");
        assertThat(rows.get(3)).startsWith("mnist,3,1,6742,");
        assertThat(Files.readString(dir.resolve("m/summary.json"))).contains("\"binarisation_threshold\" : 127.5", "papers' exact protocol");
        Path fromFiles = Files.writeString(dir.resolve("file.conf"), "densehebb {\n model { kind = supervised, P = 4, dataset = file, "
                + "archetypes = \"" + dir.resolve("m/patterns/archetypes.npy") + "\", examples = \""
                + dir.resolve("m/patterns/examples.npy") + "\" }\n}\n");
        assertSamePatterns(network, rebuilt(fromFiles));
        assertSamePatterns(network, rebuilt(dir.resolve("m/run.conf")));
    }

    @Test
    void moreExamplesThanAClassHasIsRefusedNamingTheClass(@TempDir Path dir) throws Exception {
        DataSource source = RealData.source("mnist");
        assumeTrue(ImageDatasets.available(source), "data/mnist is not there: run scripts/fetch-data mnist");
        Path conf = Files.writeString(dir.resolve("mnist.conf"), "densehebb {\n model { kind = supervised, M = 6000, dataset = mnist, "
                + "data-folder = \"" + source.folder() + "\" }\n" + SHORT + "}\n");
        Result r = execute("run", conf.toString(), "--out", dir.resolve("m").toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("densehebb: densehebb.model.M = 6000 is not allowed: at most 5421 (class 5 has the fewest training images of the chosen classes)");
        assertThat(dir.resolve("m")).doesNotExist();
    }
}
