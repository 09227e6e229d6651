package io.densehebb.observables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.mc.PackedSpins;
import io.densehebb.model.RandomStreams;
import java.util.function.IntFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * The verdict on synthetic copies of N = 400 spins and K = 3 random patterns, whose answer is known by
 * construction. A copy "near pattern mu with flip probability p" is xi^mu with each spin flipped
 * independently with probability p and then, with probability 1/2, flipped as a whole (the sigma -> -sigma
 * symmetry of even P): two such copies have q = +-(1 - 2p)^2 with the independent-site width
 * sqrt((1 - qbar^2) / N), the RS picture; with p = 1/2 the copy is a random configuration (a paramagnet).
 * The magnetisations are computed from the spins, so the retrieval rule decides who retrieves.
 *
 * <p>Every verdict is checked both ways: each rule has a case that must fire and one that must not. The
 * cases are far from the thresholds (weights outside of about 0.1 % against 30 % and more, drifts of
 * more than ten errors against order one), so the fixed seed only fixes the numbers, not the outcome.
 */
class ReplicaSymmetryCheckTest {

    private static final int N = 400;
    private static final int K = 3;
    private static final double QBAR = 0.64; // (1 - 2 * 0.1)^2

    private final UniformRandomProvider rng = RandomStreams.create(11, RandomStreams.Purpose.DYNAMICS, 0);
    private final byte[][] patterns = randomPatterns();

    @Test
    void sharpPeaksAtPlusMinusQbarAreReplicaSymmetric() {
        SlotSummary s = run(200, 4, t -> copies(near(0, 0.1), near(0, 0.1), near(0, 0.1), near(0, 0.1)));
        RsVerdict v = ReplicaSymmetryCheck.judge(s, -1);
        assertThat(v.verdict()).as(v.reason()).isEqualTo(RsVerdict.REPLICA_SYMMETRIC);
        assertThat(v.basis()).isEqualTo(RsVerdict.SAME_PATTERN);
        assertThat(v.retrievingFraction()).isEqualTo(1.0);
        assertThat(v.qbar()).isCloseTo(QBAR, within(0.01));
        assertThat(v.expectedWidth()).isCloseTo(Math.sqrt((1 - QBAR * QBAR) / N), within(1e-3));
        assertThat(v.width()).isCloseTo(v.expectedWidth(), within(0.2 * v.expectedWidth()));
        assertThat(v.weightOutside()).isLessThan(0.01);
        assertThat(s.overlap().binder().mean()).isCloseTo(1.0, within(0.05));
        assertThat(s.retrievingM().mean()).isCloseTo(0.8, within(0.01));
    }

    @Test
    void aParamagnetIsReplicaSymmetricWithASinglePeakAtZeroAndNoRetrieval() {
        SlotSummary s = run(200, 4, t -> copies(near(0, 0.5), near(1, 0.5), near(2, 0.5), near(0, 0.5)));
        RsVerdict v = ReplicaSymmetryCheck.judge(s, -1);
        assertThat(v.verdict()).as(v.reason()).isEqualTo(RsVerdict.REPLICA_SYMMETRIC);
        assertThat(v.basis()).isEqualTo(RsVerdict.NOT_RETRIEVING);
        assertThat(v.retrievingFraction()).isZero();
        assertThat(s.histogram().samePatternFraction()).isZero(); // no pattern conditioning where nothing is retrieved
        assertThat(v.qbar()).isCloseTo(Math.sqrt(2 / Math.PI / N), within(0.01)); // half-normal mean for width N^-1/2
        assertThat(s.overlap().binder().mean()).isCloseTo(0.0, within(0.2));       // Gaussian P(q)
        assertThat(s.retrievingM().mean()).isNaN();
    }

    @Test
    void copiesInDifferentBasinsAreReplicaSymmetricOnceConditioned() {
        // copies 0, 1 retrieve pattern 0 and copies 2, 3 pattern 1: the raw P(q) has a third peak at q = 0
        SlotSummary s = run(200, 4, t -> copies(near(0, 0.1), near(0, 0.1), near(1, 0.1), near(1, 0.1)));
        RsVerdict v = ReplicaSymmetryCheck.judge(s, -1);
        assertThat(v.verdict()).as(v.reason()).isEqualTo(RsVerdict.REPLICA_SYMMETRIC);
        assertThat(v.basis()).isEqualTo(RsVerdict.SAME_PATTERN);
        assertThat(v.reason()).contains("different basins");
        assertThat(s.histogram().samePatternFraction()).isCloseTo(2.0 / 6, within(1e-12));
    }

    @Test
    void aBroadP_ofQBetweenRetrievingCopiesIsBroken() {
        // both copies retrieve pattern 0, each with its own flip probability in [0, 0.3]: q spreads over [0.16, 1]
        SlotSummary s = run(400, 2, t -> copies(near(0, 0.3 * rng.nextDouble()), near(0, 0.3 * rng.nextDouble())));
        RsVerdict v = ReplicaSymmetryCheck.judge(s, -1);
        assertThat(v.verdict()).as(v.reason()).isEqualTo(RsVerdict.BROKEN);
        assertThat(v.basis()).isEqualTo(RsVerdict.SAME_PATTERN);
        assertThat(v.weightOutside()).isGreaterThan(0.3);
    }

    @Test
    void aFlatP_ofQWithoutRetrievalIsBrokenAndItsLargestOverlapIsNotRetrieval() {
        // a spin glass in caricature: random configurations at overlaps spread evenly over (-0.8, 0.8)
        SlotSummary s = run(400, 2, t -> {
            ReplicaSample a = near(0, 0.5);
            return copies(a, atOverlap(a, 0.8 * (2 * rng.nextDouble() - 1)));
        });
        RsVerdict v = ReplicaSymmetryCheck.judge(s, -1);
        assertThat(v.verdict()).as(v.reason()).isEqualTo(RsVerdict.BROKEN);
        assertThat(v.basis()).isEqualTo(RsVerdict.NOT_RETRIEVING);
        assertThat(v.retrievingFraction()).isZero();
        assertThat(s.m().mean()).isGreaterThan(0.03); // the largest of K noise overlaps is not zero, and not retrieval
    }

    @Test
    void twoPhasesEachConcentratedAreCoexistence() {
        // each copy is in retrieval (p = 0.05) or in the paramagnet with probability 1/2, as at a first-order transition
        SlotSummary s = run(400, 4, t -> copies(phase(), phase(), phase(), phase()));
        RsVerdict v = ReplicaSymmetryCheck.judge(s, -1);
        assertThat(v.verdict()).as(v.reason()).isEqualTo(RsVerdict.COEXISTENCE);
        assertThat(v.basis()).isEqualTo(RsVerdict.BOTH_PHASES);
        assertThat(v.retrievingFraction()).isCloseTo(0.5, within(0.05));
        assertThat(v.mixedPairFraction()).isCloseTo(0.5, within(0.05));
        assertThat(v.qbar()).isCloseTo(0.81, within(0.01));
        assertThat(v.secondQbar()).isCloseTo(Math.sqrt(2 / Math.PI / N), within(0.01));
        assertThat(v.dipRatio()).isLessThan(0.05);
        // the raw P(q) alone, with its peak at q = 0 between the retrieval peaks, would not pass as one RS phase
        assertThat(s.histogram().mixedPhaseFraction()).isGreaterThan(ReplicaSymmetryCheck.RSB_MIN_OUTSIDE);
    }

    @Test
    void copiesStraddlingTheThresholdWithoutTwoModesAreNotCoexistence() {
        // |m| spread evenly over about [0, 0.4] by flip probabilities in [0.3, 0.5]: some copies retrieve, one broad mode
        SlotSummary s = run(400, 4, t -> copies(near(0, 0.3 + 0.2 * rng.nextDouble()), near(0, 0.3 + 0.2 * rng.nextDouble()),
                near(0, 0.3 + 0.2 * rng.nextDouble()), near(0, 0.3 + 0.2 * rng.nextDouble())));
        RsVerdict v = ReplicaSymmetryCheck.judge(s, -1);
        assertThat(v.retrievingFraction()).isBetween(ReplicaSymmetryCheck.PHASE_MIN_FRACTION, 1 - ReplicaSymmetryCheck.PHASE_MIN_FRACTION);
        assertThat(v.verdict()).as(v.reason()).isEqualTo(RsVerdict.INCONCLUSIVE);
        assertThat(v.reason()).contains("no two separated modes");
    }

    @Test
    void fiveMeasurementsAreInconclusive() {
        RsVerdict v = ReplicaSymmetryCheck.judge(run(5, 2, t -> copies(near(0, 0.1), near(0, 0.1))), -1);
        assertThat(v.verdict()).isEqualTo(RsVerdict.INCONCLUSIVE);
        assertThat(v.reason()).contains("only 5 measurements");
    }

    @Test
    void tooFewDescentsFromTheHottestTemperatureAreNotEquilibrated() {
        SlotSummary s = run(200, 4, t -> copies(near(0, 0.1), near(0, 0.1), near(0, 0.1), near(0, 0.1)));
        int needed = ReplicaSymmetryCheck.MIN_DESCENTS_PER_COPY * 4;
        RsVerdict few = ReplicaSymmetryCheck.judge(s, needed - 1);
        assertThat(few.verdict()).as(few.reason()).isEqualTo(RsVerdict.NOT_EQUILIBRATED);
        assertThat(few.reason()).contains((needed - 1) + " descents");
        assertThat(ReplicaSymmetryCheck.judge(s, needed).verdict()).isEqualTo(RsVerdict.REPLICA_SYMMETRIC);
    }

    @Test
    void aRunStillRelaxingIsNotEquilibrated() {
        // the flip probability falls from 0.3 to 0.1 over the run: m, E and q^2 drift by far more than their errors
        int n = 2000;
        SlotSummary drifting = run(n, 2, t -> {
            double p = 0.3 - 0.2 * t / n;
            return copies(near(0, p), near(0, p));
        });
        RsVerdict v = ReplicaSymmetryCheck.judge(drifting, -1);
        assertThat(v.verdict()).as(v.reason()).isEqualTo(RsVerdict.NOT_EQUILIBRATED);
        // the trend also inflates the binning tau_int, so the run may instead be too short to test: either way not a verdict
        assertThat(v.reason()).containsAnyOf("drifts by", "too short for its tau_int");
        SlotSummary stationary = run(n, 2, t -> copies(near(0, 0.1), near(0, 0.1)));
        assertThat(stationary.equilibration().maxDrift()).isLessThan(ReplicaSymmetryCheck.MAX_DRIFT);
        assertThat(ReplicaSymmetryCheck.judge(stationary, -1).verdict()).isEqualTo(RsVerdict.REPLICA_SYMMETRIC);
    }

    @Test
    void copiesThatChangeStateRarelyAreNotEquilibrated() {
        // the pair holds one configuration for 200 measurements at a time, out of 2000: about ten independent ones
        int n = 2000;
        ReplicaSample[][] held = new ReplicaSample[1][];
        SlotSummary s = run(n, 2, t -> {
            if (t % 200 == 0) {
                double p = 0.05 + 0.1 * rng.nextDouble();
                held[0] = copies(near(0, p), near(0, p));
            }
            return held[0];
        });
        RsVerdict v = ReplicaSymmetryCheck.judge(s, -1);
        assertThat(v.verdict()).as(v.reason()).isEqualTo(RsVerdict.NOT_EQUILIBRATED);
        assertThat(v.reason()).contains("effectively independent measurements");
        assertThat(v.minEffective()).isLessThan(ReplicaSymmetryCheck.MIN_EFFECTIVE);
    }

    private static SlotSummary run(int measurements, int copies, IntFunction<ReplicaSample[]> measurement) {
        SlotStatistics stats = new SlotStatistics(N, copies, K);
        for (int t = 0; t < measurements; t++) {
            stats.add(measurement.apply(t));
        }
        return stats.summary();
    }

    private static ReplicaSample[] copies(ReplicaSample... samples) {
        return samples;
    }

    /** Retrieval (p = 0.05) or paramagnet, with probability 1/2 each. */
    private ReplicaSample phase() {
        return rng.nextBoolean() ? near(0, 0.05) : near(1, 0.5);
    }

    /** xi^mu with each spin flipped with probability p, then mirrored as a whole with probability 1/2. */
    private ReplicaSample near(int mu, double p) {
        boolean mirror = rng.nextBoolean();
        byte[] sigma = new byte[N];
        for (int i = 0; i < N; i++) {
            boolean flip = rng.nextDouble() < p;
            sigma[i] = (byte) (patterns[mu][i] * (flip != mirror ? -1 : 1));
        }
        return sample(sigma);
    }

    /** A copy at overlap about q with another. */
    private ReplicaSample atOverlap(ReplicaSample other, double q) {
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
        return sample(sigma);
    }

    private ReplicaSample sample(byte[] sigma) {
        double[] m = new double[K];
        for (int nu = 0; nu < K; nu++) {
            for (int i = 0; i < N; i++) {
                m[nu] += patterns[nu][i] * sigma[i] / (double) N;
            }
        }
        double largest = Math.abs(m[Magnetisations.retrieved(m)]);
        return new ReplicaSample(-largest * largest / 2, m, m.clone(), PackedSpins.pack(sigma));
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
