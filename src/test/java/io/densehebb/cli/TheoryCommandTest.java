package io.densehebb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TheoryCommandTest {

    /** Runs the command line with stdout and stderr captured. */
    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void jsonHasTheSelectedBranchAndEveryBranch() throws Exception {
        Run run = run("theory", "--model", "supervised", "--P", "2", "--T", "0.5", "--rho", "0.1", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("branch").asText()).isEqualTo("retrieval");
        assertThat(json.get("m").asDouble()).isCloseTo(0.8947, within(1e-4));
        assertThat(json.get("n").asDouble()).isCloseTo(0.8418, within(1e-4));
        assertThat(json.get("q").asDouble()).isCloseTo(0.8143, within(1e-4));
        assertThat(json.get("stable").asBoolean()).isTrue();
        assertThat(json.get("residual").asDouble()).isLessThan(1e-9);
        assertThat(json.get("interaction").asText()).isEqualTo("distinct");
        assertThat(json.get("branches")).hasSize(2);
        assertThat(json.get("branches").get(0).has("free_energy")).isTrue();
    }

    @Test
    void highLoadFromKAndN() throws Exception {
        // K = 5000, N = 100000: alpha = 0.05 for P = 2; at T = 0 the ground-state branch is retrieval.
        Run run = run("theory", "--model", "hopfield", "--P", "2", "--K", "5000", "--N", "100000", "--T", "0", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("alpha").asDouble()).isCloseTo(0.05, within(1e-15));
        assertThat(json.get("branch").asText()).isEqualTo("retrieval");
        assertThat(json.get("stable").asBoolean()).isFalse();
    }

    @Test
    void tableNamesTheSelectedBranch() {
        Run run = run("theory", "--model", "hopfield", "--P", "4", "--alpha", "0.02", "--T", "0.3");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("retrieval", "selected: retrieval", "distinct");
    }

    @Test
    void alphaZeroIsTheLowLoadSolution() throws Exception {
        // docs/physics.md section 6: P = 2 Hopfield at low load, T = 0.5: m = tanh(2 m) = 0.9575
        Run zero = run("theory", "--model", "hopfield", "--P", "2", "--T", "0.5", "--alpha", "0", "--json");
        Run low = run("theory", "--model", "hopfield", "--P", "2", "--T", "0.5", "--json");
        assertThat(zero.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(zero.out());
        assertThat(json.get("load").asText()).isEqualTo("low");
        assertThat(json.get("m").asDouble()).isCloseTo(0.9575, within(1e-4));
        assertThat(zero.out()).isEqualTo(low.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--model supervised --P 3 --T 0.5 --rho 0.1",
        "--model supervised --P 2 --T 0.5 --rho -0.1",
        "--model supervised --P 2 --T -1 --rho 0.1",
        "--model supervised --P 2 --T 0.5",
        "--model hopfield --P 2 --T 0.5 --alpha 0.1 --K 10 --N 100",
        "--model hopfield --P 2 --T 0.5 --K 10",
        "--model hopfield --P 2 --T 0.5 --alpha -0.01",
        "--model unsupervised --P 4 --T 0.5 --alpha 0.01 --rho 0.2",
        "--model supervised --P 2 --T 0.5 --M 10",
        "--model perceptron --P 2 --T 0.5",
        "--model hopfield --P 2 --T 0.5 --interaction half",
        "--model hopfield --P 2 --T abc"})
    void badInputExitsWithTwo(String args) {
        Run run = run(("theory " + args).split(" "));
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).startsWith("densehebb: ").doesNotContain("Exception");
    }
}
