package io.densehebb.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.ConfigFactory;
import io.densehebb.model.Network;
import io.densehebb.theory.PhaseDiagramSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every configuration shipped in conf/ (and its subfolders) loads and validates with the loader of its
 * kind: a densehebb.phase-diagram block for the phase-diagram command, otherwise a run configuration,
 * whose network is then built (the disorder of its seed) so that nothing a user can start from fails
 * before the first sweep.
 */
class ShippedConfigurationsTest {

    static List<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("conf"))) {
            return files.filter(f -> f.toString().endsWith(".conf")).sorted().toList();
        }
    }

    @Test
    void theShippedFolderHoldsBothKinds() throws IOException {
        List<Path> files = shipped();
        assertThat(files).contains(Path.of("conf", "quickstart.conf"));
        assertThat(files).anyMatch(ShippedConfigurationsTest::isPhaseDiagram).anyMatch(f -> !isPhaseDiagram(f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void loadsAndValidates(Path file) {
        if (isPhaseDiagram(file)) {
            PhaseDiagramSpec spec = PhaseDiagramSettings.load(file);
            assertThat(spec.x().points()).isGreaterThanOrEqualTo(2);
        } else {
            RunConfig config = RunConfigLoader.load(file, List.of());
            Network network = Network.synthetic(config.network(), config.disorder().seed(), config.disorder().sample());
            assertThat(network.n()).isEqualTo(config.network().N());
            assertThat(config.ladder().initialTemperaturesHottestFirst()).isNotEmpty();
            if (SweepSpecLoader.hasAxes(file, List.of())) {
                // a sweep file: every point and sample validates too
                assertThat(io.densehebb.run.SweepPoints.of(SweepSpecLoader.load(file, List.of()))).isNotEmpty();
            }
        }
    }

    private static boolean isPhaseDiagram(Path file) {
        return ConfigFactory.parseFile(file.toFile()).hasPath("densehebb.phase-diagram");
    }
}
