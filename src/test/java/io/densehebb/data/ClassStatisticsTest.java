package io.densehebb.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Binarisation, proxy archetypes and effective r, by hand on tiny images and on the real training sets. */
class ClassStatisticsTest {

    @Test
    void binarisationIsStrictlyAboveTheThreshold() {
        Binarisation half = Binarisation.halfGrey();
        assertThat(half.spin(127)).isEqualTo((byte) -1);
        assertThat(half.spin(128)).isEqualTo((byte) 1);
        Binarisation at100 = new Binarisation(100);
        assertThat(at100.spin(100)).isEqualTo((byte) -1);
        assertThat(at100.spin(101)).isEqualTo((byte) 1);
    }

    /**
     * Class 4: three images of 4 pixels, column sums (3, -1, 3, -3) give xi = (+, -, +, -) and
     * r = (3 + 1 + 3 + 3) / (3 * 4) = 5/6. Class 9: two images, sums (2, 0, -2, 0): ties are +1, so
     * xi = (+, +, -, +) and r = (2 + 0 + 2 + 0) / (2 * 4) = 1/2. Images of class 5 are ignored.
     */
    @Test
    void proxyArchetypesAreClassMeanSignsWithTiesPlus() {
        byte[] spins = {
            1, -1, 1, -1, // 4
            1, 1, -1, -1, // 9
            1, -1, 1, -1, // 4
            1, 1, 1, 1, // 5
            1, 1, 1, -1, // 4
            1, -1, -1, 1}; // 9
        byte[] labels = {4, 9, 4, 5, 4, 9};
        BinaryImages images = new BinaryImages(6, 2, 2, spins, labels, 127.5);

        ClassStatistics s = ClassStatistics.of(images, new int[] {9, 4});

        assertThat(s.archetypes()[0]).containsExactly(1, 1, -1, 1);
        assertThat(s.archetypes()[1]).containsExactly(1, -1, 1, -1);
        assertThat(s.counts()).containsExactly(2, 3);
        assertThat(s.r()[0]).isEqualTo(0.5);
        assertThat(s.r()[1]).isCloseTo(5.0 / 6.0, within(1e-15));
        assertThat(s.rho(0, 10)).isCloseTo((1 - 0.25) / (10 * 0.25), within(1e-15));
    }

    /** The real training sets (skipped, saying so, when data/ does not hold them): r lies well inside (0, 1). */
    @Test
    void effectiveQualityOfTheRealClasses() {
        for (String name : List.of("mnist", "fashion-mnist")) {
            DataSource source = RealData.source(name);
            assumeTrue(ImageDatasets.available(source), "data/" + name + " is not there: run scripts/fetch-data " + name);
            ClassStatistics s = ClassStatistics.of(ImageDatasets.load(source, ImageDatasets.Part.TRAIN), source.classLabels());
            for (double r : s.r()) {
                assertThat(r).as(name).isBetween(0.3, 0.95);
            }
        }
    }
}
