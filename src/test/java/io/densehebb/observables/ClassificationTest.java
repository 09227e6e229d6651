package io.densehebb.observables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The decision rule and the tallies, on labels whose answers are counted by hand. */
class ClassificationTest {

    @Test
    void theLargestOverlapWinsAndTiesGoToTheLowerSlot() {
        assertThat(Classification.decide(new double[] {0.1, 0.7, -0.9})).isEqualTo(1);
        assertThat(Classification.decide(new double[] {0.5, 0.5, 0.2})).isEqualTo(0);
        // the sign counts: an anti-aligned state does not belong to that class
        assertThat(Classification.decide(new double[] {-0.95, 0.2})).isEqualTo(1);
    }

    @Test
    void confusionAccuracyAndPerClassAccuracyCountByHand() {
        Classification c = new Classification(new int[] {0, 0, 0, 1, 1, 2}, new int[] {0, 1, 0, 1, 1, 0}, 3);
        assertThat(c.confusion()).isDeepEqualTo(new long[][] {{2, 1, 0}, {0, 2, 0}, {1, 0, 0}});
        assertThat(c.accuracy()).isEqualTo(4.0 / 6.0);
        assertThat(c.perClassAccuracy()).containsExactly(2.0 / 3.0, 1.0, 0.0);
        assertThat(c.accuracyError()).isEqualTo(Math.sqrt((4.0 / 6.0) * (2.0 / 6.0) / 6));
        Classification perfect = new Classification(new int[] {1, 0}, new int[] {1, 0}, 3);
        assertThat(perfect.accuracy()).isEqualTo(1.0);
        assertThat(perfect.perClassAccuracy()[2]).isNaN();
    }
}
