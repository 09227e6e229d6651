package io.densehebb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.densehebb.data.DataSource;
import io.densehebb.data.ImageDatasets;
import io.densehebb.data.RealData;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code densehebb classify} end to end: its files, its determinism across threads, its refusals. */
class ClassifyCommandTest {

    private record Result(int exitCode, String err) {
    }

    private static Result execute(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int code = cli.execute(args);
        return new Result(code, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void refusesAConfigurationWithoutImagesInOneLine(@TempDir Path dir) throws Exception {
        Path conf = Files.writeString(dir.resolve("s.conf"), "densehebb { model.dataset = synthetic }\n");
        Result r = execute("classify", conf.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("densehebb: densehebb.model.dataset = synthetic is not allowed: "
                + "mnist or fashion-mnist for classify (it labels their test images)");
        Files.writeString(conf, "densehebb { model.dataset = mnist, classify.T = -1 }\n");
        r = execute("classify", conf.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.err().strip()).isEqualTo("densehebb: densehebb.classify.T = -1 is not allowed: a temperature >= 0 (0 = zero-temperature dynamics)");
        assertThat(dir.resolve("out")).doesNotExist();
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Files.writeString(conf, "densehebb { model.dataset = mnist }\n");
        r = execute("classify", conf.toString(), "--out", file.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("densehebb: --out = " + file.resolve("out") + " is not allowed: a folder path ("
                + file + " is a file, so nothing can be created under it)");
    }

    /**
     * 300 Fashion-MNIST test images of three classes (skipped, saying so, without data/fashion-mnist):
     * the files of the contract, and classification.json byte-identical on one thread and on two.
     */
    @Test
    void writesItsResultsAndTheyDoNotDependOnTheThreads(@TempDir Path dir) throws Exception {
        DataSource source = RealData.source("fashion-mnist");
        assumeTrue(ImageDatasets.available(source), "data/fashion-mnist is not there: run scripts/fetch-data fashion-mnist");
        Path conf = Files.writeString(dir.resolve("f.conf"), "densehebb {\n model { kind = supervised, P = 4, M = 50, dataset = fashion-mnist, "
                + "classes = [1, 5, 8], data-folder = \"" + source.folder() + "\" }\n classify { test-images = 300, pictures = 5 }\n}\n");
        Result one = execute("classify", conf.toString(), "--out", dir.resolve("one").toString(), "--threads", "1");
        assertThat(one.exitCode()).as(one.err()).isZero();
        Result two = execute("classify", conf.toString(), "--out", dir.resolve("two").toString(), "--threads", "2");
        assertThat(two.exitCode()).as(two.err()).isZero();
        String json = Files.readString(dir.resolve("one/classification.json"));
        assertThat(json).contains("\"dataset\" : \"fashion-mnist\"", "\"P\" : 4", "\"M\" : 50", "\"T\" : 0.0",
                "\"test_images\" : 300", "\"accuracy\" : ", "\"confusion\" : ", "\"per_class_accuracy\" : ",
                "\"binarisation_threshold\" : 127.5", "papers' exact protocol");
        assertThat(Files.readAllBytes(dir.resolve("two/classification.json"))).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readAllLines(dir.resolve("one/classification.csv"))).hasSize(4);
        for (String f : new String[] {"plots/per-class-accuracy.png", "pictures/archetypes.png", "pictures/class-averages.png",
            "pictures/retrieved.png", "timing.json"}) {
            assertThat(dir.resolve("one").resolve(f)).isNotEmptyFile();
        }
    }
}
