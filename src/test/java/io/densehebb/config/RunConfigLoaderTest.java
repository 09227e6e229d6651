package io.densehebb.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.data.DataSource;
import io.densehebb.mc.InitialState;
import io.densehebb.mc.SweepOrder;
import io.densehebb.mc.UpdateRule;
import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import io.densehebb.model.NetworkSpec;
import io.densehebb.tempering.LadderSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layering (--set over the user file over reference.conf) and the keys that derive others. */
class RunConfigLoaderTest {

    @TempDir
    Path dir;

    private RunConfig load(String hocon, String... overrides) throws IOException {
        Path file = dir.resolve("run.conf");
        Files.writeString(file, hocon);
        return RunConfigLoader.load(file, List.of(overrides));
    }

    @Test
    void quickstartLoads() {
        RunConfig config = RunConfigLoader.load(Path.of("conf/quickstart.conf"), List.of());

        assertThat(config.network()).isEqualTo(new NetworkSpec(ModelKind.SUPERVISED, 4, 400, 3, 20, 0.4, Interaction.DISTINCT));
        assertThat(config.dataset().kind()).isEqualTo(DataSource.Kind.SYNTHETIC);
        assertThat(config.rule()).isEqualTo(UpdateRule.METROPOLIS);
        assertThat(config.order()).isEqualTo(SweepOrder.RANDOM);
        assertThat(config.ladder()).isEqualTo(new LadderSpec(LadderSpec.Kind.GEOMETRIC, 0.3, 1.3, 16, List.of()));
        assertThat(config.copies()).isEqualTo(2);
        assertThat(config.sweeps()).isEqualTo(new RunConfig.Sweeps(2000, 8000, 10, 10));
        assertThat(config.init()).isEqualTo(InitialState.ARCHETYPE);
        assertThat(config.seed()).isEqualTo(1L);
    }

    @Test
    void anEmptyDensehebbBlockGivesReferenceDefaults() throws IOException {
        RunConfig config = load("densehebb {}");

        assertThat(config.network()).isEqualTo(new NetworkSpec(ModelKind.SUPERVISED, 4, 400, 3, 20, 0.4, Interaction.DISTINCT));
        assertThat(config.ladder()).isEqualTo(new LadderSpec(LadderSpec.Kind.GEOMETRIC, 0.5, 1.5, 16, List.of()));
        assertThat(config.threads()).isZero();
        assertThat(config.checkpointEvery()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.output()).isEqualTo("results");
        assertThat(config.faultRate()).isZero();
    }

    @Test
    void aFileWithAUtf8ByteOrderMarkReadsAsWithout() throws IOException {
        RunConfig config = load("\uFEFFdensehebb { seed = 3, model.N = 300 }\n");

        assertThat(config.seed()).isEqualTo(3L);
        assertThat(config.network().N()).isEqualTo(300);
    }

    @Test
    void setOverridesFileOverridesReference() throws IOException {
        RunConfig config = load("densehebb { model { P = 6, N = 300 }, seed = 7 }",
                "model.P=2", "ladder.temperatures=[0.5, 0.8]", "ladder.kind=explicit", "checkpoint-every=30s",
                "dynamics.rule=heat-bath", "output=\"my results\"");

        assertThat(config.network().P()).as("--set over file").isEqualTo(2);
        assertThat(config.network().N()).as("file over reference").isEqualTo(300);
        assertThat(config.network().M()).as("reference").isEqualTo(20);
        assertThat(config.seed()).isEqualTo(7L);
        assertThat(config.ladder().temperatures()).containsExactly(0.5, 0.8);
        assertThat(config.ladder().slots()).isEqualTo(2);
        assertThat(config.checkpointEvery()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.rule()).isEqualTo(UpdateRule.HEAT_BATH);
        assertThat(config.output()).isEqualTo("my results");
    }

    @Test
    void aLaterSetWinsOverAnEarlierOne() throws IOException {
        assertThat(load("densehebb {}", "copies=3", "copies=5").copies()).isEqualTo(5);
    }

    @Test
    void alphaGivesK() throws IOException {
        RunConfig config = load("densehebb.model { P = 4, N = 100, alpha = 0.0105 }");

        assertThat(config.network().K()).isEqualTo(10_500); // round(0.0105 * 100^3)
    }

    @Test
    void rhoGivesR() throws IOException {
        RunConfig config = load("densehebb.model { M = 20, rho = 0.2 }");

        assertThat(config.network().r()).isCloseTo(1.0 / Math.sqrt(1.0 + 0.2 * 20), within(1e-15));
        assertThat(config.network().rho()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void aSetOfAlphaOrRhoReplacesTheFilesKOrR() throws IOException {
        RunConfig config = load("densehebb.model { N = 100, K = 3, r = 0.4 }", "model.alpha=1e-5", "model.rho=0.5");

        assertThat(config.network().K()).isEqualTo(10);
        assertThat(config.network().r()).isEqualTo(NetworkSpec.qualityFor(0.5, 20));
    }

    @Test
    void aSetOfKReplacesTheFilesAlpha() throws IOException {
        assertThat(load("densehebb.model.alpha = 0.01", "model.K=5").network().K()).isEqualTo(5);
    }

    @Test
    void hopfieldStoresTheArchetypesThemselves() throws IOException {
        NetworkSpec network = load("densehebb.model { kind = hopfield, P = 2 }").network();

        assertThat(network.M()).isEqualTo(1);
        assertThat(network.r()).isEqualTo(1.0);
    }

    @Test
    void numbersMayBeWrittenAsHoconAllows() throws IOException {
        RunConfig config = load("densehebb { sweeps { burn-in = 1e3, measure = \"4000\" }, seed = -9000000000000 }");

        assertThat(config.sweeps().burnIn()).isEqualTo(1000);
        assertThat(config.sweeps().measure()).isEqualTo(4000);
        assertThat(config.seed()).isEqualTo(-9_000_000_000_000L);
    }
}
