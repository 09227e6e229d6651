package io.densehebb.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.densehebb.model.InvalidParameterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every class of broken configuration is refused with exactly one InvalidParameterException whose
 * message names the full key, the value and what is allowed. FILE in an expected message stands for
 * the user file's path.
 */
class RunConfigValidationTest {

    private static final String MODEL_KEYS = "kind, P, N, K, alpha, M, r, rho, interaction, dataset, classes, threshold, data-folder, archetypes, examples";
    private static final String ROOT_KEYS =
            "model, dynamics, ladder, copies, sweeps, init, seed, threads, checkpoint-every, output, output-patterns, classify, testing";

    @TempDir
    Path dir;

    static Stream<Arguments> brokenConfigurations() {
        return Stream.of(
                broken("unknown key", "densehebb.model.Pp = 4", List.of(),
                        "densehebb.model.Pp = 4 is not allowed: an unknown key; known keys in densehebb.model: " + MODEL_KEYS),
                broken("unknown key by --set", "densehebb {}", List.of("sweeps.burnin=10"),
                        "densehebb.sweeps.burnin = 10 is not allowed: an unknown key; known keys in densehebb.sweeps: "
                                + "burn-in, measure, per-round, measure-every"),
                broken("misspelt block", "densehebb { modle { P = 4 } }", List.of(),
                        "densehebb.modle = {\"P\":4} is not allowed: an unknown key; known keys in densehebb: " + ROOT_KEYS),
                broken("misspelt top-level block", "densehbeb { model { P = 4 } }", List.of(),
                        "densehbeb = {\"model\":{\"P\":4}} is not allowed: an unknown top-level key in FILE; "
                                + "a run configuration holds one block, densehebb { ... }"),
                broken("value where a block belongs", "densehebb.model = 4", List.of(),
                        "densehebb.model = 4 is not allowed: a block { " + MODEL_KEYS + " }"),
                broken("wrong type", "densehebb.model.N = \"many\"", List.of(),
                        "densehebb.model.N = \"many\" is not allowed: an integer"),
                broken("fraction where an integer belongs", "densehebb.model.N = 400.5", List.of(),
                        "densehebb.model.N = 400.5 is not allowed: an integer"),
                broken("null where a number belongs", "densehebb.ladder.t-min = null", List.of(),
                        "densehebb.ladder.t-min = null is not allowed: a number"),
                broken("value where a list belongs", "densehebb {}", List.of("ladder.temperatures=0.5"),
                        "densehebb.ladder.temperatures = 0.5 is not allowed: a list of numbers, e.g. [0.5, 0.8]"),
                broken("not a boolean", "densehebb.dynamics.block-copies = sometimes", List.of(),
                        "densehebb.dynamics.block-copies = \"sometimes\" is not allowed: true or false (on | off, yes | no)"),
                broken("unknown name", "densehebb.dynamics.rule = glauber", List.of(),
                        "densehebb.dynamics.rule = glauber is not allowed: one of metropolis | heat-bath"),
                broken("out of range", "densehebb.model.P = 9", List.of(),
                        "densehebb.model.P = 9 is not allowed: an integer from 2 to 8"),
                broken("r out of range", "densehebb.model.r = 1.5", List.of(),
                        "densehebb.model.r = 1.5 is not allowed: a number in (0, 1]"),
                broken("t-min >= t-max", "densehebb.ladder { t-min = 1.5, t-max = 1.0 }", List.of(),
                        "densehebb.ladder.t-max = 1.0 is not allowed: a finite number > densehebb.ladder.t-min = 1.5"),
                broken("copies < 2", "densehebb.copies = 1", List.of(),
                        "densehebb.copies = 1 is not allowed: an integer >= 2 (overlaps need two independent replicas per temperature)"),
                broken("K and alpha in the file", "densehebb.model { K = 3, alpha = 0.01 }", List.of(),
                        "densehebb.model.alpha = 0.01 is not allowed: together with densehebb.model.K = 3 in FILE; give alpha or K, not both"),
                broken("K and alpha in --set", "densehebb {}", List.of("model.K=3", "model.alpha=0.01"),
                        "densehebb.model.alpha = 0.01 is not allowed: together with densehebb.model.K = 3 in --set; give alpha or K, not both"),
                broken("r and rho", "densehebb.model { r = 0.4, rho = 0.2 }", List.of(),
                        "densehebb.model.rho = 0.2 is not allowed: together with densehebb.model.r = 0.4 in FILE; give rho or r, not both"),
                broken("alpha giving K = 0", "densehebb.model.alpha = 1e-12", List.of(),
                        "densehebb.model.alpha = 1.0E-12 is not allowed: a value for which K = round(alpha * N^(P-1)) is allowed "
                                + "(here K = 0; allowed: an integer >= 1)"),
                broken("negative rho", "densehebb.model.rho = -0.1", List.of(),
                        "densehebb.model.rho = -0.1 is not allowed: a finite number >= 0"),
                broken("unknown dataset", "densehebb.model.dataset = cifar", List.of(),
                        "densehebb.model.dataset = \"cifar\" is not allowed: one of synthetic | mnist | fashion-mnist | file"),
                broken("class label above 9", "densehebb.model { dataset = mnist, classes = [0, 10] }", List.of(),
                        "densehebb.model.classes = [0,10] is not allowed: a non-empty list of distinct class labels from 0 to 9, e.g. [0, 1, 7]"),
                broken("class label twice", "densehebb {}", List.of("model.classes=[3,3]"),
                        "densehebb.model.classes = [3,3] is not allowed: a non-empty list of distinct class labels from 0 to 9, e.g. [0, 1, 7]"),
                broken("no class", "densehebb.model.classes = []", List.of(),
                        "densehebb.model.classes = [] is not allowed: a non-empty list of distinct class labels from 0 to 9, e.g. [0, 1, 7]"),
                broken("threshold beyond the grey levels", "densehebb.model.threshold = 255", List.of(),
                        "densehebb.model.threshold = 255 is not allowed: a grey level in [0, 255): pixels above it are +1 "
                                + "(default 127.5, half grey)"),
                broken("file without archetypes", "densehebb.model.dataset = file", List.of(),
                        "densehebb.model.archetypes = null is not allowed: a file of K x N patterns (.npy, or text with one "
                                + "pattern per line) when densehebb.model.dataset = file"),
                broken("archetypes without dataset = file", "densehebb.model.archetypes = \"a.npy\"", List.of(),
                        "densehebb.model.archetypes = \"a.npy\" is not allowed: null unless densehebb.model.dataset = file"),
                broken("output-patterns not a flag", "densehebb.output-patterns = maybe", List.of(),
                        "densehebb.output-patterns = \"maybe\" is not allowed: true or false (on | off, yes | no)"),
                broken("burn-in not a multiple of per-round", "densehebb.sweeps.burn-in = 2005", List.of(),
                        "densehebb.sweeps.burn-in = 2005 is not allowed: 0 or a multiple of densehebb.sweeps.per-round = 10"),
                broken("measure not a multiple of measure-every", "densehebb.sweeps { measure-every = 20, measure = 8010 }", List.of(),
                        "densehebb.sweeps.measure = 8010 is not allowed: a positive multiple of densehebb.sweeps.measure-every = 20"),
                broken("negative threads", "densehebb.threads = -1", List.of(),
                        "densehebb.threads = -1 is not allowed: 0 (every core) or an integer >= 1"),
                broken("duration without a unit", "densehebb.checkpoint-every = 60", List.of(),
                        "densehebb.checkpoint-every = 60 is not allowed: a positive duration with a unit, e.g. 60s, 5m or 1h "
                                + "(a bare number would mean milliseconds)"),
                broken("zero duration", "densehebb.checkpoint-every = 0s", List.of(),
                        "densehebb.checkpoint-every = \"0s\" is not allowed: a positive duration with a unit, e.g. 60s, 5m or 1h"),
                broken("fault rate of one", "densehebb.testing.fault-rate = 1", List.of(),
                        "densehebb.testing.fault-rate = 1 is not allowed: a probability in [0, 1) "
                                + "(test-only: the chance that a replica throws in a round)"),
                broken("--set without a value", "densehebb {}", List.of("model.P"),
                        "--set = model.P is not allowed: key=value with the key relative to densehebb, e.g. model.P=4"),
                broken("--set with a full path", "densehebb {}", List.of("densehebb.model.P=4"),
                        "--set = densehebb.model.P=4 is not allowed: key=value with the key relative to densehebb, e.g. model.P=4"),
                broken("empty output folder", "densehebb.output = \"\"", List.of(),
                        "densehebb.output = \"\" is not allowed: a folder path (not empty)"),
                broken("--set with broken HOCON", "densehebb {}", List.of("ladder.temperatures=[0.5,"),
                        "--set ladder.temperatures = [0.5, is not allowed: a HOCON value (line 1: List should have had new element "
                                + "after a comma, instead had token: end of file (if you want the comma or end of file to be part "
                                + "of a string value, then double-quote it))"),
                broken("empty file", "", List.of(),
                        "config file = FILE is not allowed: a run configuration, not an empty one; see conf/quickstart.conf "
                                + "(write densehebb {} to run every default)"),
                broken("comments only", "# densehebb { model.P = 2 }\n// nothing else\n", List.of("seed=3"),
                        "config file = FILE is not allowed: a run configuration, not an empty one; see conf/quickstart.conf "
                                + "(write densehebb {} to run every default)"),
                broken("measure-every not a multiple of per-round", "densehebb.sweeps.measure-every = 15", List.of(),
                        "densehebb.sweeps.measure-every = 15 is not allowed: a positive multiple of densehebb.sweeps.per-round = 10"),
                broken("N too large for K * M * N", "densehebb.model.N = 1000000000", List.of(),
                        "densehebb.model.N = 1000000000 is not allowed: K * M * N <= 2147483647 (one byte per example entry); "
                                + "with K = 3 and M = 20, N <= 35791394"),
                broken("K too large for K * M * N", "densehebb.model { K = 200000000, M = 2, N = 10 }", List.of(),
                        "densehebb.model.K = 200000000 is not allowed: K * M * N <= 2147483647 (one byte per example entry); "
                                + "with M = 2 and N = 10, K <= 107374182"),
                broken("N beyond the int range", "densehebb.model.N = 100000000000", List.of(),
                        "densehebb.model.N = 100000000000 is not allowed: an integer >= P = 4 (at most 2147483647)"),
                broken("seed beyond 64 bits", "densehebb.seed = 100000000000000000000", List.of(),
                        "densehebb.seed = \"100000000000000000000\" is not allowed: an integer from -9223372036854775808 "
                                + "to 9223372036854775807"),
                broken("unresolved substitution", "densehebb.model.N = ${nope}", List.of(),
                        "config file = FILE is not allowed: substitutions that resolve "
                                + "(line 1: Could not resolve substitution to a value: ${nope})"));
    }

    private static Arguments broken(String what, String hocon, List<String> overrides, String message) {
        return Arguments.of(what, hocon, overrides, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenConfigurations")
    void isRefusedWithOneClearMessage(String what, String hocon, List<String> overrides, String message) throws IOException {
        Path file = dir.resolve("broken.conf");
        Files.writeString(file, hocon);

        assertThatThrownBy(() -> RunConfigLoader.load(file, overrides))
                .isExactlyInstanceOf(InvalidParameterException.class)
                .hasMessage(message.replace("FILE", file.toString()));
    }

    @Test
    void anUnreadableFileIsNamedWithoutJavaClassNames() {
        Path unreadable = Path.of("/proc/self/mem"); // exists, is a file, and reading it from offset 0 fails

        assertThatThrownBy(() -> RunConfigLoader.load(unreadable, List.of()))
                .isExactlyInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("config file = /proc/self/mem is not allowed: a readable file (")
                .hasMessageNotContaining("Exception")
                .hasMessageNotContaining("java.");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.conf");

        assertThatThrownBy(() -> RunConfigLoader.load(missing, List.of()))
                .isExactlyInstanceOf(InvalidParameterException.class)
                .hasMessage("config file = " + missing + " is not allowed: an existing file (there is none at this path)");
    }

    @Test
    void anUnparsableFileIsNamedWithThePosition() throws IOException {
        Path file = dir.resolve("unclosed.conf");
        Files.writeString(file, "densehebb {\n  model {\n    P = 4\n");

        assertThatThrownBy(() -> RunConfigLoader.load(file, List.of()))
                .isExactlyInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("config file = " + file + " is not allowed: valid HOCON (line 4: ")
                .hasMessageNotContaining("\n");
    }
}
