package io.densehebb.config;

import static org.assertj.core.api.Assertions.assertThat;
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

/** The sweep block: what it enumerates, and every way it can be wrong, each refused with one line. */
class SweepSpecLoaderTest {

    @TempDir
    Path dir;

    private SweepSpecLoader.SweepFile load(String sweep, String... overrides) throws IOException {
        Path file = dir.resolve("sweep.conf.in");
        Files.writeString(file, "densehebb {\n  model { kind = hopfield, P = 2, N = 64, K = 2 }\n  sweep {\n" + sweep + "\n  }\n}\n");
        return SweepSpecLoader.load(file, List.of(overrides));
    }

    @Test
    void theGridIsACartesianProductAndTheZipAdvancesTogether() throws IOException {
        SweepSpec spec = load("""
                grid { "model.N" = [64, 96], "model.alpha" = [0, 0.05] }
                zip { "ladder.t-min" = [0.3, 0.4], "ladder.t-max" = [1.4, 1.6] }
                samples = 3
                """).spec();

        assertThat(spec.keys()).containsExactly("model.N", "model.alpha", "ladder.t-max", "ladder.t-min");
        assertThat(spec.samples()).isEqualTo(3);
        List<List<SweepSpec.Coordinate>> points = spec.points();
        assertThat(points).hasSize(8);
        assertThat(points.get(0)).extracting(SweepSpec.Coordinate::assignment)
                .containsExactly("model.N=64", "model.alpha=0", "ladder.t-max=1.4", "ladder.t-min=0.3");
        assertThat(points.get(1)).extracting(SweepSpec.Coordinate::assignment)
                .containsExactly("model.N=64", "model.alpha=0", "ladder.t-max=1.6", "ladder.t-min=0.4");
        assertThat(points.get(7)).extracting(SweepSpec.Coordinate::assignment)
                .containsExactly("model.N=96", "model.alpha=0.05", "ladder.t-max=1.6", "ladder.t-min=0.4");
    }

    @Test
    void aSweepWithoutAxesIsTheBaseRunWithItsSamples() throws IOException {
        SweepSpec spec = load("samples = 2").spec();
        assertThat(spec.points()).containsExactly(List.of());
    }

    @Test
    void setOverridesTheSweepBlockToo() throws IOException {
        assertThat(load("grid { \"model.N\" = [64] }", "sweep.samples=5").spec().samples()).isEqualTo(5);
    }

    @Test
    void sweepConfLoadsBackToTheSameSpec() throws IOException {
        SweepSpecLoader.SweepFile file = load("""
                grid { "model.N" = [64, 96], "model.kind" = [hopfield, "supervised"] }
                zip { "ladder.t-min" = [0.3, 0.4], "ladder.t-max" = [1.4, 1.6] }
                samples = 2
                plots = [ { y = m, x = "model.N", series = "model.kind", fixed { "ladder.t-min" = 0.3, "ladder.t-max" = 1.4 }, T = 0.5 } ]
                """, "model.alpha=0.01", "seed=9");
        Path again = dir.resolve("sweep.conf");
        Files.writeString(again, file.resolvedText());

        SweepSpecLoader.SweepFile reloaded = SweepSpecLoader.load(again, List.of());

        assertThat(reloaded.spec()).isEqualTo(file.spec());
        assertThat(reloaded.seed()).isEqualTo(9);
        List<String> point = List.of("model.N=96");
        assertThat(reloaded.loadPoint(point)).isEqualTo(file.loadPoint(point));
    }

    @Test
    void aPlotAlongAZipKeyTakesItsPartnersAlong() throws IOException {
        SweepSpec spec = load("""
                grid { "model.r" = [0.3, 0.6] }
                zip { "model.N" = [32, 64], "model.K" = [8, 16] }
                plots = [ { y = m, x = "model.r", series = "model.N", T = 0.1 } ]
                """).spec();
        assertThat(spec.plots()).extracting(SweepSpec.PlotSpec::series).containsExactly("model.N");
    }

    static Stream<Arguments> brokenSweeps() {
        String grid = "densehebb.sweep.grid.";
        return Stream.of(
                Arguments.of("not a run key", "grid { \"model.NN\" = [64] }",
                        grid + "\"model.NN\" = [64] is not allowed: a run key relative to densehebb, quoted, as --set takes it (e.g. \"model.N\")"),
                Arguments.of("unquoted key", "grid { model.N = [64] }",
                        grid + "\"model\" = {\"N\":[64]} is not allowed: a run key relative to densehebb, quoted, as --set takes it "
                                + "(e.g. \"model.N\"); model is a block, name one of its keys"),
                Arguments.of("empty list", "grid { \"model.N\" = [] }",
                        grid + "\"model.N\" = [] is not allowed: a list with at least one value"),
                Arguments.of("not a list", "grid { \"model.N\" = 64 }",
                        grid + "\"model.N\" = 64 is not allowed: a list of values, e.g. [100, 200]"),
                Arguments.of("repeated value", "grid { \"model.N\" = [64, 64] }",
                        grid + "\"model.N\" = [64,64] is not allowed: a list of distinct values (64 is there twice)"),
                Arguments.of("zip lengths differ", "zip { \"ladder.t-min\" = [0.3, 0.4], \"ladder.t-max\" = [1.4] }",
                        "densehebb.sweep.zip.\"ladder.t-min\" = [0.3,0.4] is not allowed: a list as long as "
                                + "densehebb.sweep.zip.\"ladder.t-max\" (1 values): zip lists advance together"),
                Arguments.of("key in grid and zip", "grid { \"model.N\" = [64] }\nzip { \"model.N\" = [96] }",
                        "densehebb.sweep.zip.\"model.N\" = [96] is not allowed: a key that is not in densehebb.sweep.grid as well "
                                + "(a key is in grid or zip, not both)"),
                Arguments.of("samples below one", "samples = 0",
                        "densehebb.sweep.samples = 0 is not allowed: an integer >= 1 (disorder samples per point)"),
                Arguments.of("the seed as an axis", "grid { \"seed\" = [1, 2] }",
                        grid + "\"seed\" = [1,2] is not allowed: a run key the sweep does not set itself (it derives seed and "
                                + "disorder for every point and sample, and sets threads and the folders; use densehebb.sweep.samples "
                                + "for more disorder)"),
                Arguments.of("plot of an unknown observable", "grid { \"model.N\" = [64] }\nplots = [ { y = mm, x = T } ]",
                        "densehebb.sweep.plots.0.y = mm is not allowed: one of energy | m | n | q_abs_mean | q2 | binder | swap_acceptance"),
                Arguments.of("plot with a free key", "grid { \"model.N\" = [64, 96], \"model.K\" = [1, 2] }\n"
                                + "plots = [ { y = m, x = \"model.N\", T = 0.5 } ]",
                        "densehebb.sweep.plots.0.fixed = {} is not allowed: a value for every other key with more than one value "
                                + "(missing: \"model.K\", one of [1, 2])"),
                Arguments.of("plot without its temperature", "grid { \"model.N\" = [64, 96] }\nplots = [ { y = m, x = \"model.N\" } ]",
                        "densehebb.sweep.plots.0.T = (missing) is not allowed: the temperature to draw when x is not T, e.g. T = 0.5"),
                Arguments.of("unknown key in the block", "grids { }",
                        "densehebb.sweep.grids = {} is not allowed: an unknown key; known keys in densehebb.sweep: grid, zip, samples, plots"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSweeps")
    void aBrokenSweepIsRefusedWithOneLine(String what, String sweep, String message) {
        assertThatThrownBy(() -> load(sweep)).isInstanceOf(InvalidParameterException.class).hasMessage(message);
    }
}
