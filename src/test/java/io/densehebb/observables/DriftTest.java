package io.densehebb.observables;

import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.model.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;

/**
 * The drift between logarithmic windows ({@link JackknifeBlocks#drift(double[])}) on AR(1) series with a known
 * autocorrelation time: x_t = rho x_{t-1} + noise has tau_int = (1 + rho) / (2 (1 - rho)) in the convention of
 * {@link BinningAccumulator} (1/2 for white noise).
 */
class DriftTest {

    private final UniformRandomProvider rng = RandomStreams.create(41, RandomStreams.Purpose.DYNAMICS, 0);
    private final NormalizedGaussianSampler gauss = ZigguratSampler.NormalizedGaussian.of(rng);

    /**
     * Stationary series, tau_int = 5, 4000 measurements, 2000 series: the rule's 5 errors must be passed
     * rarely. With 8 or more super-blocks per earlier window the statistic is close to Student's t with about
     * 20 degrees of freedom (P(|t| > 5) of order 1e-4); 6 passes in 2000 would mean a false-alarm rate above
     * 1e-3, what ReplicaSymmetryCheck.MAX_DRIFT promises.
     */
    @Test
    void stationarySeriesRarelyDrift() {
        double rho = 9.0 / 11; // tau_int = (1 + rho) / (2 (1 - rho)) = 5
        int alarms = 0;
        double sumSquares = 0;
        int defined = 0;
        for (int s = 0; s < 2000; s++) {
            double[] z = series(4000, rho, 0.0).drift(new double[] {5.0});
            if (Double.isFinite(z[0])) {
                defined++;
                sumSquares += z[0] * z[0];
                alarms += Math.abs(z[0]) > ReplicaSymmetryCheck.MAX_DRIFT ? 1 : 0;
            }
        }
        assertThat(defined).isEqualTo(2000);
        assertThat(alarms).isLessThanOrEqualTo(5);
        // the statistic is normalised: its mean square is near 1 (t with ~20 dof: 1.1), not 3 or 0.3
        assertThat(sumSquares / defined).isBetween(0.8, 1.5);
    }

    /**
     * A linear relaxation by 4 standard deviations of the noise over the run (here the windows' means differ by
     * about 12 errors of their difference): caught every time. The smallest bias the rule catches reliably is a
     * window difference of about 7 such errors; for 4000 measurements at tau_int = 5, a relaxation by 2.5
     * standard deviations over the run.
     */
    @Test
    void aSlowRelaxationIsCaught() {
        for (int s = 0; s < 20; s++) {
            double[] z = series(4000, 9.0 / 11, 4.0 * Math.sqrt(1.0 / (1 - (81.0 / 121)))).drift(new double[] {5.0});
            assertThat(Math.abs(z[0])).isGreaterThan(ReplicaSymmetryCheck.MAX_DRIFT);
        }
    }

    @Test
    void tooShortForItsAutocorrelationTimeIsUndefined() {
        assertThat(series(4000, 0.5, 0.0).drift(new double[] {4000.0})[0]).isNaN();
    }

    private JackknifeBlocks series(int n, double rho, double trend) {
        JackknifeBlocks blocks = new JackknifeBlocks(1);
        double x = gauss.sample() / Math.sqrt(1 - rho * rho);
        for (int t = 0; t < n; t++) {
            x = rho * x + gauss.sample();
            blocks.add(x + trend * t / n);
        }
        return blocks;
    }
}
