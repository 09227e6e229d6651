package io.densehebb.observables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.model.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;

/**
 * Binning on an AR(1) series x_t = phi x_{t-1} + noise, whose integrated autocorrelation time is
 * known exactly: tau_int = (1 + phi) / (2 (1 - phi)). With 2^20 samples the binned error is good to
 * about 1/sqrt(2 * 32) = 12 % of itself at the level used; we allow 25 %.
 */
class BinningAccumulatorTest {

    @Test
    void independentSamplesHaveTauOneHalf() {
        BinningAccumulator acc = series(0.0, 1 << 20);
        assertThat(acc.autocorrelationTime()).isCloseTo(0.5, within(0.5 * 0.25));
        assertThat(acc.error()).isCloseTo(acc.naiveError(), within(0.25 * acc.naiveError()));
    }

    @Test
    void correlatedSeriesGivesTheExactAutocorrelationTime() {
        double phi = 0.9;
        BinningAccumulator acc = series(phi, 1 << 20);
        double tau = (1 + phi) / (2 * (1 - phi));
        assertThat(acc.autocorrelationTime()).isCloseTo(tau, within(0.25 * tau));
        // stationary variance 1/(1-phi^2): error of the mean sqrt(2 tau var / n)
        double expectedError = Math.sqrt(2 * tau / (1 - phi * phi) / (1 << 20));
        assertThat(acc.error()).isCloseTo(expectedError, within(0.15 * expectedError));
        assertThat(Math.abs(acc.mean())).isLessThan(3 * expectedError);
    }

    @Test
    void snapshotRestoresTheSameAccumulator() {
        BinningAccumulator a = series(0.5, 1000);
        BinningAccumulator b = BinningAccumulator.restore(a.snapshot());
        a.add(0.25);
        b.add(0.25);
        assertThat(b.snapshot()).isEqualTo(a.snapshot());
        assertThat(b.mean()).isEqualTo(a.mean());
    }

    private static BinningAccumulator series(double phi, int n) {
        UniformRandomProvider rng = RandomStreams.create(17, RandomStreams.Purpose.DYNAMICS, 0);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        BinningAccumulator acc = new BinningAccumulator();
        double x = gauss.sample() / Math.sqrt(1 - phi * phi);
        for (int t = 0; t < n; t++) {
            acc.add(x);
            x = phi * x + gauss.sample();
        }
        return acc;
    }
}
