package io.densehebb.observables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.mc.PackedSpins;
import io.densehebb.model.RandomStreams;
import java.util.function.Supplier;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * The verdict on synthetic copies of N = 400 spins. A copy "retrieving pattern mu with flip probability
 * p" is xi^mu with each spin flipped independently with probability p and then, with probability 1/2,
 * flipped as a whole (the sigma -> -sigma symmetry of even P): two such copies have q = +-(1 - 2p)^2
 * with the independent-site width sqrt((1 - qbar^2) / N), the RS picture.
 */
class ReplicaSymmetryCheckTest {

    private static final int N = 400;
    private static final int K = 3;
    private static final double QBAR = 0.64; // (1 - 2 * 0.1)^2

    private final UniformRandomProvider rng = RandomStreams.create(11, RandomStreams.Purpose.DYNAMICS, 0);
    private final byte[][] patterns = randomPatterns();

    @Test
    void sharpPeaksAtPlusMinusQbarAreReplicaSymmetric() {
        SlotSummary s = run(200, 4, () -> new ReplicaSample[] {retrieving(0, 0.1), retrieving(0, 0.1), retrieving(0, 0.1),
            retrieving(0, 0.1)});
        RsVerdict v = s.verdict();
        assertThat(v.verdict()).as(v.reason()).isEqualTo(RsVerdict.REPLICA_SYMMETRIC);
        assertThat(v.basis()).isEqualTo(RsVerdict.RAW);
        assertThat(v.qbar()).isCloseTo(QBAR, within(0.01));
        assertThat(v.expectedWidth()).isCloseTo(Math.sqrt((1 - QBAR * QBAR) / N), within(1e-3));
        assertThat(v.width()).isCloseTo(v.expectedWidth(), within(0.2 * v.expectedWidth()));
        assertThat(v.weightOutside()).isLessThan(0.01);
        assertThat(s.overlap().binder().mean()).isCloseTo(1.0, within(0.05));
    }

    @Test
    void aParamagnetIsReplicaSymmetricWithASinglePeakAtZero() {
        SlotSummary s = run(200, 4, () -> new ReplicaSample[] {retrieving(0, 0.5), retrieving(1, 0.5), retrieving(2, 0.5),
            retrieving(0, 0.5)});
        RsVerdict v = s.verdict();
        assertThat(v.verdict()).as(v.reason()).isEqualTo(RsVerdict.REPLICA_SYMMETRIC);
        assertThat(v.qbar()).isCloseTo(Math.sqrt(2 / Math.PI / N), within(0.01)); // half-normal mean for width N^-1/2
        assertThat(s.overlap().binder().mean()).isCloseTo(0.0, within(0.2));       // Gaussian P(q)
    }

    @Test
    void copiesInDifferentBasinsAreReplicaSymmetricOnceConditioned() {
        // copies 0, 1 retrieve pattern 0 and copies 2, 3 pattern 1: the raw P(q) has a third peak at q = 0
        SlotSummary s = run(200, 4, () -> new ReplicaSample[] {retrieving(0, 0.1), retrieving(0, 0.1), retrieving(1, 0.1),
            retrieving(1, 0.1)});
        RsVerdict v = s.verdict();
        assertThat(v.verdict()).as(v.reason()).isEqualTo(RsVerdict.REPLICA_SYMMETRIC);
        assertThat(v.basis()).isEqualTo(RsVerdict.SAME_PATTERN);
        assertThat(v.reason()).contains("different basins");
        assertThat(s.histogram().samePatternFraction()).isCloseTo(2.0 / 6, within(1e-12));
    }

    @Test
    void aFlatPartBetweenThePeaksIsBroken() {
        // half of the pairs at +-qbar, half spread evenly over (-qbar, qbar), both copies retrieving pattern 0
        SlotSummary s = run(400, 2, () -> {
            ReplicaSample a = retrieving(0, 0.1);
            ReplicaSample b = rng.nextBoolean() ? retrieving(0, 0.1) : atOverlap(a, QBAR * (2 * rng.nextDouble() - 1), 0);
            return new ReplicaSample[] {a, b};
        });
        RsVerdict v = s.verdict();
        assertThat(v.verdict()).as(v.reason()).isEqualTo(RsVerdict.BROKEN);
        assertThat(v.basis()).isEqualTo(RsVerdict.SAME_PATTERN);
        assertThat(v.qbar()).isCloseTo(QBAR, within(0.06)); // the flat part inside the window pulls it down a little
        assertThat(v.weightOutside()).isGreaterThan(0.3);    // about half the flat half lies outside the window
    }

    @Test
    void fiveMeasurementsAreInconclusive() {
        RsVerdict v = run(5, 2, () -> new ReplicaSample[] {retrieving(0, 0.1), retrieving(0, 0.1)}).verdict();
        assertThat(v.verdict()).isEqualTo(RsVerdict.INCONCLUSIVE);
        assertThat(v.reason()).contains("only 5 measurements");
    }

    @Test
    void extraWeightWithoutSamePatternPairsIsInconclusive() {
        // a broad raw P(q) from two copies that never retrieve the same pattern: nothing separates other basins from RSB
        SlotSummary s = run(200, 2, () -> {
            ReplicaSample a = retrieving(0, 0.1);
            return new ReplicaSample[] {a, atOverlap(a, QBAR * (2 * rng.nextDouble() - 1), 1)};
        });
        RsVerdict v = s.verdict();
        assertThat(v.verdict()).as(v.reason()).isEqualTo(RsVerdict.INCONCLUSIVE);
        assertThat(v.reason()).contains("same-pattern pair samples");
        assertThat(s.histogram().samePatternFraction()).isZero();
    }

    private static SlotSummary run(int measurements, int copies, Supplier<ReplicaSample[]> measurement) {
        SlotStatistics stats = new SlotStatistics(N, copies, K);
        for (int t = 0; t < measurements; t++) {
            stats.add(measurement.get());
        }
        return stats.summary();
    }

    /** A copy built from pattern mu; it is declared to retrieve mu even where its |m| is pure noise (p = 1/2). */
    private ReplicaSample retrieving(int mu, double p) {
        boolean mirror = rng.nextBoolean();
        byte[] sigma = new byte[N];
        for (int i = 0; i < N; i++) {
            boolean flip = rng.nextDouble() < p;
            sigma[i] = (byte) (patterns[mu][i] * (flip != mirror ? -1 : 1));
        }
        return declaredRetrieving(mu, sigma);
    }

    /** A copy at overlap about q with another, declared to retrieve pattern mu. */
    private ReplicaSample atOverlap(ReplicaSample other, double q, int mu) {
        byte[] sigma = PackedSpins.unpack(other.spins(), N);
        int flips = (int) Math.round(N * (1 - q) / 2);
        int[] order = new int[N];
        for (int i = 0; i < N; i++) {
            int j = rng.nextInt(i + 1); // inside-out Fisher-Yates shuffle
            order[i] = order[j];
            order[j] = i;
        }
        for (int k = 0; k < flips; k++) {
            sigma[order[k]] = (byte) -sigma[order[k]];
        }
        return declaredRetrieving(mu, sigma);
    }

    private ReplicaSample declaredRetrieving(int mu, byte[] sigma) {
        double[] m = new double[K];
        double largest = 0;
        for (int nu = 0; nu < K; nu++) {
            for (int i = 0; i < N; i++) {
                m[nu] += patterns[nu][i] * sigma[i] / (double) N;
            }
            largest = Math.max(largest, Math.abs(m[nu]));
        }
        m[mu] = Math.copySign(largest + 1e-9, m[mu]);
        return new ReplicaSample(-m[mu] * m[mu] / 2, m, m.clone(), PackedSpins.pack(sigma));
    }

    private byte[][] randomPatterns() {
        byte[][] xi = new byte[K][N];
        for (byte[] pattern : xi) {
            for (int i = 0; i < N; i++) {
                pattern[i] = rng.nextBoolean() ? (byte) 1 : (byte) -1;
            }
        }
        return xi;
    }
}
