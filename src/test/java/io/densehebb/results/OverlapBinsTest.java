package io.densehebb.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Bins for drawing P(q): symmetric about q = 0, covering every overlap value once, densities that integrate to one. */
class OverlapBinsTest {

    @Test
    void evenNPutsQZeroAtTheCentreOfAnOddGroup() {
        OverlapBins bins = OverlapBins.of(10, 2); // even width made odd: 3 values per group
        assertThat(bins.values(bins.size() / 2)).isEqualTo(3);
        assertThat(bins.centre(bins.size() / 2)).isZero();
        assertCoversEveryValueOnceSymmetrically(bins, 10);
    }

    @Test
    void oddNSplitsAtQZero() {
        OverlapBins bins = OverlapBins.of(11, 4);
        assertCoversEveryValueOnceSymmetrically(bins, 11);
        assertThat(bins.upperEdge(bins.size() / 2 - 1)).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void densitiesIntegrateToOne() {
        long[] counts = {3, 0, 5, 7, 1, 0, 2, 9, 4, 4, 1};
        OverlapBins bins = OverlapBins.of(10, 3);
        double[] d = bins.density(counts);
        double integral = 0;
        for (int g = 0; g < bins.size(); g++) {
            integral += d[g] * bins.width(g);
        }
        assertThat(integral).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void binsWidenWhenTheStatisticsAreFew() {
        long[] counts = new long[201];
        java.util.Arrays.fill(counts, 1);
        // Rice rule: 2 n^(1/3) bins over the 201 occupied values
        assertThat(OverlapBins.stepsFor(counts, 200, 1000)).isEqualTo(10);       // 20 bins
        assertThat(OverlapBins.stepsFor(counts, 200, 1e6)).isEqualTo(1);         // 200 bins: full resolution
        assertThat(OverlapBins.stepsFor(new long[201], 200, 1000)).isEqualTo(1); // empty: nothing to widen
    }

    private static void assertCoversEveryValueOnceSymmetrically(OverlapBins bins, int spins) {
        int expected = 0;
        for (int g = 0; g < bins.size(); g++) {
            assertThat(bins.first()[g]).isEqualTo(expected);
            expected = bins.last()[g] + 1;
            int mirror = bins.size() - 1 - g;
            assertThat(bins.first()[mirror]).isEqualTo(spins - bins.last()[g]);
        }
        assertThat(expected).isEqualTo(spins + 1);
    }
}
