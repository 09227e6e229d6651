package io.densehebb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void printsOneJsonObjectWithTheFigures() {
        String out = capture(() -> assertThat(Main.execute("bench", "--N", "200", "--K", "4", "--P", "4",
                "--seconds", "0.2", "--warmup", "0.1", "--json")).isEqualTo(0));
        assertThat(out.trim()).startsWith("{").endsWith("}")
                .contains("\"ns_per_flip\":", "\"sweeps_per_second\":", "\"flips_per_second\":", "\"P\":4", "\"N\":200",
                        "\"allocated_bytes_per_sweep\":", "\"bytes_per_replica\":", "\"shared_bytes\":");
    }

    @Test
    void aRetrievalStartKeepsTheFourBodyNetworkNearItsArchetype() {
        // P = 4 below the spinodal (T = 0.991): from xi^1 nearly every flip costs energy, from random
        // signs the paramagnet is locally stable and nearly every flip is free
        String retrieval = capture(() -> Main.execute("bench", "--N", "200", "--K", "4", "--P", "4", "--T", "0.5",
                "--init", "archetype", "--seconds", "0.2", "--warmup", "0.1", "--json"));
        String paramagnet = capture(() -> Main.execute("bench", "--N", "200", "--K", "4", "--P", "4", "--T", "0.5",
                "--seconds", "0.2", "--warmup", "0.1", "--json"));
        assertThat(retrieval).contains("\"init\":\"archetype\"");
        assertThat(paramagnet).contains("\"init\":\"random\"");
        assertThat(acceptance(retrieval)).isLessThan(0.2);
        assertThat(acceptance(paramagnet)).isGreaterThan(0.8);
    }

    @Test
    void badInitExitsTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var cli = Main.commandLine();
        cli.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
        assertThat(cli.execute("bench", "--init", "pattern", "--seconds", "0.1")).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8).trim())
                .isEqualTo("densehebb: init = pattern is not allowed: one of random | archetype | example");
    }

    private static double acceptance(String json) {
        var m = java.util.regex.Pattern.compile("\"acceptance\":([0-9.]+)").matcher(json);
        assertThat(m.find()).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void badParameterExitsTwoWithOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            var cli = Main.commandLine();
            cli.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
            assertThat(cli.execute("bench", "--P", "1", "--seconds", "0.1")).isEqualTo(Main.EXIT_BAD_INPUT);
        } finally {
            System.setErr(old);
        }
        assertThat(err.toString(StandardCharsets.UTF_8).trim())
                .isEqualTo("densehebb: model.P = 1 is not allowed: an integer from 2 to 8");
    }

    private static String capture(Runnable r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
