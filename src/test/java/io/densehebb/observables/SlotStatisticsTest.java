package io.densehebb.observables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import io.densehebb.mc.PackedSpins;
import io.densehebb.model.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/** Small hand-computed cases: N = 4 or 5 spins, two or three copies, configurations written out. */
class SlotStatisticsTest {

    /**
     * a = ++++, b = +++-, c = --++: q_ab = 1/2 (bin 3), q_ac = 0 (bin 2), q_bc = -1/2 (bin 1).
     * The largest overlaps are pattern 0 for a and c, pattern 1 for b (|m| = 0.8 beats 0.2), but at N = 4 no
     * overlap can stand out of the noise (RetrievalRule: the threshold is above 1), so no copy retrieves.
     */
    private static ReplicaSample[] threeCopies() {
        return new ReplicaSample[] {
            sample(-1, new double[] {0.9, 0.1}, new double[] {0.5, 0.3}, "++++"),
            sample(-2, new double[] {0.2, -0.8}, new double[] {0.1, -0.6}, "+++-"),
            sample(-3, new double[] {-0.7, 0.1}, new double[] {-0.4, 0.2}, "--++"),
        };
    }

    @Test
    void threeCopiesGiveTheHandComputedNumbers() {
        SlotStatistics stats = new SlotStatistics(4, 3, 2);
        stats.add(threeCopies());
        stats.add(threeCopies());
        SlotSummary s = stats.summary();

        assertThat(s.measurements()).isEqualTo(2);
        assertThat(s.energy().mean()).isCloseTo(-2.0, within(1e-12));
        assertThat(s.energy().error()).isZero();
        assertThat(s.m().mean()).isCloseTo(0.8, within(1e-12));    // (0.9 + 0.8 + 0.7) / 3
        assertThat(s.n().mean()).isCloseTo(0.5, within(1e-12));    // n at each copy's retrieved pattern: (0.5 + 0.6 + 0.4) / 3
        assertThat(s.patternAbsM()).containsExactly(new double[] {0.6, 1.0 / 3}, within(1e-12));
        assertThat(s.copyM()).containsExactly(new double[] {0.9, 0.8, 0.7}, within(1e-12));
        assertThat(s.pairAbsQ()).containsExactly(new double[] {0.5, 0.0, 0.5}, within(1e-12));

        assertThat(s.histogram().raw()).containsExactly(0, 2, 2, 2, 0);
        assertThat(s.histogram().neitherRetrieving()).containsExactly(0, 2, 2, 2, 0);
        assertThat(s.histogram().samePattern()).containsOnly(0);
        assertThat(s.histogram().samePatternFraction()).isZero();
        assertThat(s.retrievingFraction()).isZero();
        assertThat(s.retrievingM().mean()).isNaN();
        // |m| at N = 4 takes 0, 1/2, 1: one bin each; 0.9 rounds to 1, 0.8 and 0.7 to 1/2 (twice each)
        assertThat(s.copyAbsM()).containsExactly(0, 4, 2);

        OverlapMoments all = s.overlap();
        assertThat(all.q().mean()).isCloseTo(0.0, within(1e-12));
        assertThat(all.absQ().mean()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(all.q2().mean()).isCloseTo(1.0 / 6, within(1e-12));   // (1/4 + 0 + 1/4) / 3
        assertThat(all.q4().mean()).isCloseTo(1.0 / 24, within(1e-12));  // (1/16 + 0 + 1/16) / 3
        assertThat(all.binder().mean()).isCloseTo(0.75, within(1e-12));  // (3 - (1/24) / (1/36)) / 2
        assertThat(s.samePatternOverlap().measurements()).isZero();
    }

    /**
     * N = 64, K = 2, four copies in one configuration (q = 1 for every pair), with magnetisations chosen so
     * that a and b retrieve pattern 0, c pattern 1 and d nothing (|m| = 0.2 is below the threshold 0.60 that
     * its other overlap 0.1 sets): pairs ab same pattern, ac and bc different patterns, ad, bd, cd mixed.
     */
    @Test
    void pairsAreSortedByThePhasesOfTheirCopies() {
        String spins = "+".repeat(64);
        SlotStatistics stats = new SlotStatistics(64, 4, 2);
        stats.add(new ReplicaSample[] {sample(0, new double[] {0.9, 0.05}, new double[] {0.9, 0.05}, spins),
            sample(0, new double[] {-0.8, 0.1}, new double[] {-0.8, 0.1}, spins),
            sample(0, new double[] {0.1, 0.7}, new double[] {0.1, 0.7}, spins),
            sample(0, new double[] {0.2, 0.1}, new double[] {0.2, 0.1}, spins)});
        SlotSummary s = stats.summary();
        OverlapHistogram h = s.histogram();
        assertThat(h.samePattern()[64]).isEqualTo(1);
        assertThat(h.differentPattern()[64]).isEqualTo(2);
        assertThat(h.mixedPhase()[64]).isEqualTo(3);
        assertThat(h.neitherRetrieving()[64]).isZero();
        assertThat(h.raw()[64]).isEqualTo(6);
        assertThat(h.mixedPhaseFraction()).isEqualTo(0.5);
        assertThat(s.retrievingFraction()).isEqualTo(0.75);
        assertThat(s.retrievingM().mean()).isCloseTo(0.8, within(1e-12)); // (0.9 + 0.8 + 0.7) / 3
        assertThat(s.m().mean()).isCloseTo(0.65, within(1e-12));          // the largest overlap of every copy
    }

    /** Every |m| histogram bin holds the same number of possible |m| values: no empty or doubled bins. */
    @Test
    void magnetisationBinsFollowTheLatticeOfPossibleValues() {
        assertThat(SlotStatistics.magnetisationBins(64)).isEqualTo(33);   // 33 values, one per bin
        assertThat(SlotStatistics.magnetisationBins(100)).isEqualTo(26);  // 51 values, two per bin
        assertThat(SlotStatistics.magnetisationBins(65)).isEqualTo(33);   // 1/65, 3/65, ..., 1
        int[] perBin = new int[SlotStatistics.magnetisationBins(100)];
        for (int k = 0; k <= 100; k++) {
            if (2 * k >= 100) {
                perBin[SlotStatistics.magnetisationBin((2 * k - 100) / 100.0, 100)]++;
            }
        }
        assertThat(perBin).containsOnly(2, 1);
        assertThat(perBin[perBin.length - 1]).isEqualTo(1); // only the last bin is short
    }

    @Test
    void oddNHasBinsAtEveryStepOfTwoOverN() {
        SlotStatistics stats = new SlotStatistics(5, 2, 1);
        stats.add(new ReplicaSample[] {sample(0, new double[] {1}, new double[] {1}, "+++++"),
            sample(0, new double[] {0.2}, new double[] {0.2}, "+-+-+")});
        OverlapHistogram h = stats.summary().histogram();
        assertThat(h.raw()).containsExactly(0, 0, 0, 1, 0, 0);            // Hamming distance 2 -> bin 5 - 2
        assertThat(h.q(3)).isEqualTo(0.2);
        assertThat(stats.summary().overlap().q().mean()).isEqualTo(0.2);
    }

    @Test
    void aCopyInTheMirrorStateRetrievesTheSamePattern() {
        SlotStatistics stats = new SlotStatistics(64, 2, 2);
        stats.add(new ReplicaSample[] {sample(0, new double[] {1, 0}, new double[] {1, 0}, "+".repeat(64)),
            sample(0, new double[] {-1, 0}, new double[] {-1, 0}, "-".repeat(64))});
        SlotSummary s = stats.summary();
        assertThat(s.histogram().samePattern()[0]).isOne(); // q = -1, conditioned on |m|
        assertThat(s.m().mean()).isEqualTo(1.0);
        assertThat(s.samePatternOverlap().q().mean()).isEqualTo(-1.0);
    }

    /** q = 1 or q = 1/2 with probability 1/2 each: g follows from the observed frequency, its error from the binomial spread. */
    @Test
    void binderRatioOfATwoValueDistributionWithJackknifeError() {
        UniformRandomProvider rng = RandomStreams.create(5, RandomStreams.Purpose.DYNAMICS, 0);
        SlotStatistics stats = new SlotStatistics(4, 2, 1);
        int n = 20_000;
        int ones = 0;
        for (int t = 0; t < n; t++) {
            boolean one = rng.nextBoolean();
            ones += one ? 1 : 0;
            stats.add(new ReplicaSample[] {sample(0, new double[] {1}, new double[] {1}, "++++"),
                sample(0, new double[] {1}, new double[] {1}, one ? "++++" : "+++-")});
        }
        double f = ones / (double) n;
        OverlapMoments moments = stats.summary().overlap();
        assertThat(moments.q2().mean()).isCloseTo(f + (1 - f) / 4, within(1e-12));
        assertThat(moments.q4().mean()).isCloseTo(f + (1 - f) / 16, within(1e-12));
        assertThat(moments.binder().mean()).isCloseTo(binder(f), within(1e-12));
        // delta method on the one random variable f: error = |g'(f)| sqrt(f (1 - f) / n)
        double h = 1e-6;
        double expectedError = Math.abs(binder(f + h) - binder(f - h)) / (2 * h) * Math.sqrt(f * (1 - f) / n);
        assertThat(moments.binder().error()).isCloseTo(expectedError, within(0.35 * expectedError));
        assertThat(moments.q2().error()).isCloseTo(0.75 * Math.sqrt(f * (1 - f) / n), within(0.35 * 0.75 * Math.sqrt(f * (1 - f) / n)));
    }

    @Test
    void peaksAtPlusAndMinusQbarOnlyGiveBinderOne() {
        SlotStatistics stats = new SlotStatistics(4, 2, 1);
        for (int t = 0; t < 100; t++) {
            stats.add(new ReplicaSample[] {sample(0, new double[] {1}, new double[] {1}, "++++"),
                sample(0, new double[] {1}, new double[] {1}, t % 3 == 0 ? "----" : "++++")});
        }
        assertThat(stats.summary().overlap().binder().mean()).isCloseTo(1.0, within(1e-12));
        assertThat(stats.summary().overlap().binder().error()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void snapshotSurvivesJsonAndRestoresTheSameStatistics() throws Exception {
        SlotStatistics original = new SlotStatistics(4, 3, 2);
        for (int t = 0; t < 150; t++) {
            original.add(threeCopies());
        }
        ObjectMapper mapper = new ObjectMapper();
        String json = mapper.writeValueAsString(original.snapshot());
        SlotStatistics.Snapshot back = mapper.readValue(json, SlotStatistics.Snapshot.class);
        assertThat(back).isEqualTo(original.snapshot());

        SlotStatistics restored = SlotStatistics.restore(back);
        original.add(threeCopies());
        restored.add(threeCopies());
        assertThat(restored.snapshot()).isEqualTo(original.snapshot());
        assertThat(restored.summary()).usingRecursiveComparison()
                .withEqualsForType((a, b) -> Double.compare(a, b) == 0, Double.class) // NaN equals NaN here
                .isEqualTo(original.summary());
    }

    /** Summaries travel between actors as CBOR; NaN (an undefined Binder ratio here) must survive too. */
    @Test
    void summarySurvivesCbor() throws Exception {
        SlotStatistics stats = new SlotStatistics(4, 3, 2);
        stats.add(threeCopies());
        SlotSummary summary = stats.summary();
        CBORMapper mapper = new CBORMapper();
        SlotSummary back = mapper.readValue(mapper.writeValueAsBytes(summary), SlotSummary.class);
        assertThat(back).usingRecursiveComparison()
                .withEqualsForType((a, b) -> Double.compare(a, b) == 0, Double.class)
                .isEqualTo(summary);
    }

    private static double binder(double f) {
        double q2 = f + (1 - f) / 4;
        double q4 = f + (1 - f) / 16;
        return 0.5 * (3 - q4 / (q2 * q2));
    }

    static ReplicaSample sample(double energy, double[] m, double[] n, String spins) {
        byte[] sigma = new byte[spins.length()];
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] = spins.charAt(i) == '+' ? (byte) 1 : (byte) -1;
        }
        return new ReplicaSample(energy, m, n, PackedSpins.pack(sigma));
    }
}
