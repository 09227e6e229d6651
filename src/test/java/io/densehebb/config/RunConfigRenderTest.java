package io.densehebb.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run.conf: the rendered configuration loads back to an equal RunConfig. */
class RunConfigRenderTest {

    @TempDir
    Path dir;

    private RunConfig load(String hocon) throws IOException {
        Path file = dir.resolve("user.conf");
        Files.writeString(file, hocon);
        return RunConfigLoader.load(file, List.of());
    }

    private RunConfig reload(RunConfig config) throws IOException {
        Path runConf = dir.resolve("run.conf");
        Files.writeString(runConf, RunConfigLoader.render(config, "0.1.0-test"));
        return RunConfigLoader.load(runConf, List.of());
    }

    @Test
    void quickstartRoundTrips() throws IOException {
        RunConfig config = RunConfigLoader.load(Path.of("conf/quickstart.conf"), List.of());

        assertThat(reload(config)).isEqualTo(config);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "densehebb.model { P = 4, N = 60, alpha = 1.3e-4, M = 7, rho = 0.37, kind = unsupervised, interaction = full-power }",
        "densehebb.model { kind = hopfield, P = 3, M = 9, r = 0.2 }",
        "densehebb { ladder { kind = explicit, temperatures = [1.25, 0.3, 0.7] }, dynamics { rule = heat-bath, order = sequential } }",
        "densehebb { ladder { kind = linear-beta, t-min = 0.1, t-max = 3 }, init = archetype, threads = 3 }",
        "densehebb { checkpoint-every = 1500ms, output = \"runs/with space \\\"and quotes\\\"\", seed = -42 }",
        "densehebb { checkpoint-every = 2h, testing.fault-rate = 0.125, sweeps { burn-in = 0, per-round = 5, measure-every = 15, measure = 45 } }",
        "densehebb { checkpoint-every = 7us, ladder { slots = 1, t-min = 0 } }",
        "densehebb { seed = 3, disorder { seed = -8, sample = 4 } }"
    })
    void renderedConfigLoadsBackEqual(String hocon) throws IOException {
        RunConfig config = load(hocon);

        assertThat(reload(config)).isEqualTo(config);
    }

    @Test
    void renderResolvesKAndRAndNamesVersionAndSeed() throws IOException {
        RunConfig config = load("densehebb { model { N = 100, alpha = 1e-5, rho = 0.5 }, seed = 31 }");

        String text = RunConfigLoader.render(config, "0.1.0-test");

        assertThat(text.lines().findFirst().orElseThrow()).startsWith("#").contains("0.1.0-test").contains("seed 31");
        assertThat(text).contains("K = 10\n").contains("alpha = null").contains("rho = null")
                .contains("r = " + config.network().r() + "\n");
    }
}
