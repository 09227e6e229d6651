package io.densehebb.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.densehebb.config.SweepSpecLoader;
import io.densehebb.model.InvalidParameterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runs of a sweep: seeds from coordinates and sample, never from the position; readable folders; validated points. */
class SweepPointsTest {

    @TempDir
    Path dir;

    private List<SweepPoint> points(String sweep) throws IOException {
        Path file = dir.resolve("s.conf");
        Files.writeString(file, "densehebb {\n  model { kind = hopfield, P = 2, N = 64, K = 2 }\n  seed = 4\n  sweep {\n" + sweep + "\n  }\n}\n");
        return SweepPoints.of(SweepSpecLoader.load(file, List.of()));
    }

    private static Map<String, SweepPoint> byFolder(List<SweepPoint> points) {
        return points.stream().collect(Collectors.toMap(SweepPoint::folder, p -> p));
    }

    @Test
    void addingAValueToAnAxisLeavesEveryOtherRunAsItWas() throws IOException {
        Map<String, SweepPoint> before = byFolder(points("grid { \"model.N\" = [64, 96], \"model.alpha\" = [0, 0.05] }\nsamples = 2"));
        Map<String, SweepPoint> after = byFolder(points("grid { \"model.N\" = [48, 64, 96], \"model.alpha\" = [0, 0.02, 0.05] }\nsamples = 3"));

        assertThat(after).hasSize(27);
        assertThat(before).hasSize(8);
        before.forEach((folder, point) -> assertThat(after.get(folder).config()).as(folder).isEqualTo(point.config()));
    }

    @Test
    void everyRunHasItsOwnDisorderAndDynamicsAndSamplesShareTheirPointsDisorderSeed() throws IOException {
        List<SweepPoint> points = points("grid { \"model.N\" = [64, 96] }\nsamples = 2");

        assertThat(points).extracting(SweepPoint::folder)
                .containsExactly("N=64_sample=0", "N=64_sample=1", "N=96_sample=0", "N=96_sample=1");
        assertThat(points).extracting(p -> p.config().seed()).doesNotHaveDuplicates();
        assertThat(points.get(0).disorderSeed()).isEqualTo(points.get(1).disorderSeed()).isNotEqualTo(points.get(2).disorderSeed());
        assertThat(points).extracting(p -> p.config().disorder().sample()).containsExactly(0, 1, 0, 1);
        assertThat(points.get(2).config().network().N()).isEqualTo(96);
    }

    @Test
    void folderNamesAreLastKeySegmentsAndValuesWithoutQuotesOrBrackets() throws IOException {
        List<SweepPoint> points = points("grid { \"ladder.slots\" = [2], \"sweeps.per-round\" = [10], \"model.kind\" = [\"supervised\"],"
                + " \"ladder.temperatures\" = [[0.5, 0.8]] }");
        assertThat(points.get(0).folder()).isEqualTo("slots=2_temperatures=-0.5-0.8-_kind=supervised_per-round=10_sample=0");
    }

    @Test
    void aPointTheRunValidationRefusesIsNamedByItsCoordinates() {
        assertThatThrownBy(() -> points("grid { \"model.N\" = [64, 1] }")).isInstanceOf(InvalidParameterException.class)
                .hasMessage("sweep point model.N = 1: densehebb.model.N = 1 is not allowed: an integer >= P = 2");
    }
}
