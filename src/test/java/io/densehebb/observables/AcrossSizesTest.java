package io.densehebb.observables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.model.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * The estimators across sizes and samples on synthetic sets whose values are known by construction: P(q)
 * of every sample written down, its moments computed from it, so that A, G, widths, exponents and verdicts
 * follow from the construction.
 */
class AcrossSizesTest {

    private final UniformRandomProvider rng = RandomStreams.create(31, RandomStreams.Purpose.DYNAMICS, 0);

    /**
     * Each sample has P_J(q) = (1 - Y_J) delta(q) + Y_J delta(q - 1) with Y_J uniform on [0, 1]: the two-level
     * overlap of a one-step RSB state with Parisi parameter m = 1/2, whose Poisson-Dirichlet weights give
     * E Y = 1 - m = 1/2 and Var Y = m (1 - m) / 3 = 1/12 (Y is uniform). Then <q^2>_J = <q^4>_J = Y_J and
     * A = Var Y / (E Y)^2 = 1/3, G = Var Y / (E Y - (E Y)^2) = 1/3 exactly: the Ghirlanda-Guerra value.
     * With 2000 samples both are known to about 0.01; the check is 3 jackknife errors, and the errors
     * themselves must be that small (so the test could fail: a wrong formula moves G by far more).
     */
    @Test
    void aAndGOfAOneStepRsbSetAreOneThird() {
        List<SampleOverlap> samples = new ArrayList<>();
        for (int j = 0; j < 2000; j++) {
            samples.add(twoLevel(10, 0.0, 1.0, rng.nextDouble()));
        }
        SizeStatistics s = SizeStatistics.of(samples);
        assertThat(s.g().error()).isLessThan(0.02);
        assertThat(s.a().error()).isLessThan(0.02);
        assertThat(Math.abs(s.g().mean() - 1.0 / 3)).isLessThanOrEqualTo(3 * s.g().error());
        assertThat(Math.abs(s.a().mean() - 1.0 / 3)).isLessThanOrEqualTo(3 * s.a().error());
        assertThat(s.pAverage()[5]).isCloseTo(0.5, within(0.03)); // [P(q = 0)] = 1 - E Y
    }

    /** One peak per sample at a sample-dependent q_J (0.5 or 0.9): <q^4>_J = <q^2>_J^2, so G = 1 and A follows exactly. */
    @Test
    void onePeakPerSampleGivesGOneAndTheExactA() {
        List<SampleOverlap> samples = new ArrayList<>();
        for (int j = 0; j < 8; j++) {
            double q = j % 2 == 0 ? 0.5 : 0.9;
            samples.add(twoLevel(20, q, q, 0.0));
        }
        SizeStatistics s = SizeStatistics.of(samples);
        double q2 = (0.25 + 0.81) / 2;
        double q2Squared = (0.25 * 0.25 + 0.81 * 0.81) / 2;
        assertThat(s.a().mean()).isCloseTo((q2Squared - q2 * q2) / (q2 * q2), within(1e-12));
        assertThat(s.g().mean()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void identicalSamplesSelfAverage() {
        List<SampleOverlap> samples = new ArrayList<>();
        for (int j = 0; j < 8; j++) {
            samples.add(gaussianPeaks(200, 0.7, 0.5 / Math.sqrt(200)));
        }
        SizeStatistics s = SizeStatistics.of(samples);
        assertThat(s.a().mean()).isCloseTo(0.0, within(1e-12));
        assertThat(s.a().error()).isCloseTo(0.0, within(1e-12));
        assertThat(s.qbar().mean()).isCloseTo(0.7, within(1e-3));
        assertThat(s.width().mean()).isCloseTo(0.5 / Math.sqrt(200), within(2e-3));
    }

    @Test
    void powerLawFitRecoversItsExponentAndPropagatesErrors() {
        double[] n = {100, 200, 400, 800};
        double[] y = new double[4];
        double[] e = new double[4];
        for (int i = 0; i < 4; i++) {
            y[i] = 3.0 * Math.pow(n[i], -0.5);
            e[i] = 0.01 * y[i];
        }
        PowerLawFit fit = PowerLawFit.fit(n, y, e);
        assertThat(fit.exponent()).isCloseTo(-0.5, within(1e-12));
        assertThat(fit.amplitude()).isCloseTo(3.0, within(1e-10));
        assertThat(fit.chi2()).isCloseTo(0.0, within(1e-12));
        // two points: b = ln(y2/y1) / ln(n2/n1), error sqrt(r1^2 + r2^2) / ln(n2/n1) with relative errors r
        PowerLawFit two = PowerLawFit.fit(new double[] {100, 400}, new double[] {1.0, 0.5}, new double[] {0.02, 0.01});
        assertThat(two.exponent()).isCloseTo(-0.5, within(1e-12));
        assertThat(two.exponentError()).isCloseTo(Math.hypot(0.02, 0.02) / Math.log(4), within(1e-12));
    }

    @Test
    void binderCurvesThatCrossAtOneAreFoundThere() {
        double[] t = {0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3};
        int[] sizes = {64, 128, 256};
        double[][] g = new double[3][t.length];
        for (int s = 0; s < 3; s++) {
            for (int k = 0; k < t.length; k++) {
                g[s][k] = 0.5 * (1 - Math.tanh((t[k] - 1.05) * Math.cbrt(sizes[s])));
            }
        }
        List<BinderCrossing> crossings = BinderCrossing.of(t, sizes, g);
        assertThat(crossings).hasSize(2);
        for (BinderCrossing c : crossings) {
            assertThat(c.temperature()).isCloseTo(1.05, within(1e-9)); // antisymmetric difference: linear interpolation is exact
        }
        assertThat(crossings.get(0).smallerN()).isEqualTo(64);
        assertThat(crossings.get(1).largerN()).isEqualTo(256);
    }

    @Test
    void peaksShrinkingLikeOneOverRootNAreReplicaSymmetric() {
        List<SizeStatistics> sizes = new ArrayList<>();
        for (int n : new int[] {100, 200, 400, 800}) {
            List<SampleOverlap> samples = new ArrayList<>();
            for (int j = 0; j < 8; j++) {
                // qbar and width vary a little from sample to sample, the width always ~ N^-1/2
                samples.add(gaussianPeaks(n, 0.7 + 0.01 * rng.nextDouble(), (0.5 + 0.05 * rng.nextDouble()) / Math.sqrt(n)));
            }
            sizes.add(SizeStatistics.of(samples));
        }
        RsAcrossSizes v = RsAcrossSizes.judge(sizes);
        assertThat(v.verdict()).as(v.reason()).isEqualTo(RsVerdict.REPLICA_SYMMETRIC);
        assertThat(v.widthExponent().mean()).isCloseTo(-0.5, within(0.05));
        assertThat(v.sizes()).containsExactly(100, 200, 400, 800);
    }

    @Test
    void aParamagnetCollapsingOntoZeroIsReplicaSymmetric() {
        List<SizeStatistics> sizes = new ArrayList<>();
        for (int n : new int[] {64, 128, 256, 512}) {
            List<SampleOverlap> samples = new ArrayList<>();
            for (int j = 0; j < 8; j++) {
                samples.add(gaussianPeaks(n, 0.0, (1.0 + 0.1 * rng.nextDouble()) / Math.sqrt(n)));
            }
            sizes.add(SizeStatistics.of(samples));
        }
        RsAcrossSizes v = RsAcrossSizes.judge(sizes);
        assertThat(v.verdict()).as(v.reason()).isEqualTo(RsVerdict.REPLICA_SYMMETRIC);
        assertThat(v.reason()).contains("paramagnet");
        assertThat(v.qbarExponent().mean()).isCloseTo(-0.5, within(0.05));
    }

    @Test
    void sampleDependentWeightsBetweenTwoOverlapsAreBroken() {
        // every sample: peaks at +-0.8 (weight Y_J) and +-0.2 (weight 1 - Y_J), each of width N^-1/2, Y_J uniform:
        // the disorder average keeps its width and its weight near q = 0 at every N, and A stays finite
        List<SizeStatistics> sizes = new ArrayList<>();
        for (int n : new int[] {64, 128, 256, 512}) {
            List<SampleOverlap> samples = new ArrayList<>();
            for (int j = 0; j < 32; j++) { // A is about 0.25; 32 samples put it 4 to 5 jackknife errors above zero
                samples.add(mixture(n, 0.2, 0.8, rng.nextDouble(), 1.0 / Math.sqrt(n)));
            }
            sizes.add(SizeStatistics.of(samples));
        }
        RsAcrossSizes v = RsAcrossSizes.judge(sizes);
        assertThat(v.verdict()).as(v.reason()).isEqualTo(RsVerdict.BROKEN);
        assertThat(v.widthExponent().mean()).isGreaterThan(-0.1);
        assertThat(v.weightNearZero().get(3).mean()).isGreaterThan(0.3);
    }

    @Test
    void oneSizeOrFewSamplesAreInconclusive() {
        List<SampleOverlap> samples = List.of(gaussianPeaks(100, 0.7, 0.05), gaussianPeaks(100, 0.7, 0.05));
        assertThat(RsAcrossSizes.judge(List.of(SizeStatistics.of(samples))).verdict()).isEqualTo(RsVerdict.INCONCLUSIVE);
        List<SampleOverlap> other = List.of(gaussianPeaks(200, 0.7, 0.035), gaussianPeaks(200, 0.7, 0.035));
        RsAcrossSizes v = RsAcrossSizes.judge(List.of(SizeStatistics.of(samples), SizeStatistics.of(other)));
        assertThat(v.verdict()).isEqualTo(RsVerdict.INCONCLUSIVE);
        assertThat(v.reason()).contains("only 2 disorder samples");
    }

    /** P(q) with weight 1 - y at q = +-q0 and y at q = +-q1 (half on each sign), on the N + 1 values of N spins. */
    private static SampleOverlap twoLevel(int n, double q0, double q1, double y) {
        double[] p = new double[n + 1];
        add(p, n, q0, (1 - y) / 2);
        add(p, n, -q0, (1 - y) / 2);
        add(p, n, q1, y / 2);
        add(p, n, -q1, y / 2);
        return withMoments(n, p);
    }

    private static void add(double[] p, int n, double q, double weight) {
        p[(int) Math.round((q + 1) * n / 2)] += weight;
    }

    /** Gaussian peaks at +-qbar of standard deviation sigma, discretised on the overlap values. */
    private static SampleOverlap gaussianPeaks(int n, double qbar, double sigma) {
        return mixture(n, qbar, qbar, 0.0, sigma);
    }

    /** Gaussian peaks at +-q0 (weight 1 - y) and +-q1 (weight y), standard deviation sigma. */
    private static SampleOverlap mixture(int n, double q0, double q1, double y, double sigma) {
        double[] p = new double[n + 1];
        double total = 0;
        for (int bin = 0; bin <= n; bin++) {
            double q = OverlapHistogram.overlap(bin, n);
            p[bin] = (1 - y) * (gauss(q, q0, sigma) + gauss(q, -q0, sigma)) + y * (gauss(q, q1, sigma) + gauss(q, -q1, sigma));
            total += p[bin];
        }
        for (int bin = 0; bin <= n; bin++) {
            p[bin] /= total;
        }
        return withMoments(n, p);
    }

    private static double gauss(double q, double centre, double sigma) {
        return Math.exp(-(q - centre) * (q - centre) / (2 * sigma * sigma));
    }

    private static SampleOverlap withMoments(int n, double[] p) {
        double abs = 0;
        double q2 = 0;
        double q4 = 0;
        for (int bin = 0; bin <= n; bin++) {
            double q = OverlapHistogram.overlap(bin, n);
            abs += p[bin] * Math.abs(q);
            q2 += p[bin] * q * q;
            q4 += p[bin] * q * q * q * q;
        }
        return new SampleOverlap(n, p, abs, q2, q4);
    }
}
