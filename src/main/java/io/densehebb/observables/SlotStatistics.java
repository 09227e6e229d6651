package io.densehebb.observables;

import io.densehebb.mc.PackedSpins;
import java.util.Arrays;

/**
 * Running statistics at one temperature slot over C >= 2 independent copies (same disorder, same
 * temperature): energy, the magnetisations of the retrieved pattern, and the replica overlaps q_ab of
 * every pair of copies with their raw and pattern-conditioned P(q), moments and Binder ratio. Memory
 * is O(K + C^2 + N) whatever the run length.
 *
 * <p>A copy retrieves a pattern only when {@link RetrievalRule} says so; pairs are then sorted by the
 * phases of their copies (both retrieving the same pattern, different patterns, one of them, neither), so
 * that the overlap is conditioned on the pattern only where copies retrieve one. The magnetisation of the
 * retrieving copies, the fraction of copies that retrieve, the histogram of |m_mu*| over copies (to see two
 * phases at a first-order transition) and block means of E, |m_mu*| and q^2 (to see a run that still
 * drifts) feed the verdict of {@link ReplicaSymmetryCheck}.
 */
public final class SlotStatistics {

    private final int spins;
    private final int copies;
    private final int patterns;
    private long measurements;
    private final BinningAccumulator energy;
    private final BinningAccumulator m;
    private final BinningAccumulator n;
    private final double[] patternAbsMSum;
    private final double[] copyMSum;
    private final double[] pairAbsQSum;
    private final OverlapMomentAccumulator overlap;
    private final OverlapMomentAccumulator samePatternOverlap;
    private final long[] samePattern;
    private final long[] differentPattern;
    private final long[] mixedPhase;
    private final long[] neitherRetrieving;
    private long retrievingCopies;
    private final BinningAccumulator retrievingM;
    private final BinningAccumulator retrievingN;
    private final long[] copyAbsM;
    private final JackknifeBlocks trend;

    /** Most bins of the |m_mu*| histogram over [0, 1]. */
    public static final int MAGNETISATION_BINS = 40;
    /** The series whose drift and autocorrelation the verdict checks, in the order of the trend blocks. */
    public static final String[] TREND_SERIES = {"energy", "m", "q2"};

    public SlotStatistics(int spins, int copies, int patterns) {
        this(new Snapshot(spins, copies, patterns, 0, new BinningAccumulator().snapshot(), new BinningAccumulator().snapshot(),
                new BinningAccumulator().snapshot(), new double[patterns], new double[copies], new double[pairs(copies)],
                new OverlapMomentAccumulator().snapshot(), new OverlapMomentAccumulator().snapshot(),
                new long[spins + 1], new long[spins + 1], new long[spins + 1], new long[spins + 1], 0,
                new BinningAccumulator().snapshot(), new BinningAccumulator().snapshot(), new long[magnetisationBins(spins)],
                new JackknifeBlocks(TREND_SERIES.length).snapshot()));
    }

    private SlotStatistics(Snapshot s) {
        spins = s.spins();
        copies = s.copies();
        patterns = s.patterns();
        measurements = s.measurements();
        energy = BinningAccumulator.restore(s.energy());
        m = BinningAccumulator.restore(s.m());
        n = BinningAccumulator.restore(s.n());
        patternAbsMSum = s.patternAbsMSum().clone();
        copyMSum = s.copyMSum().clone();
        pairAbsQSum = s.pairAbsQSum().clone();
        overlap = OverlapMomentAccumulator.restore(s.overlap());
        samePatternOverlap = OverlapMomentAccumulator.restore(s.samePatternOverlap());
        samePattern = s.samePattern().clone();
        differentPattern = s.differentPattern().clone();
        mixedPhase = s.mixedPhase().clone();
        neitherRetrieving = s.neitherRetrieving().clone();
        retrievingCopies = s.retrievingCopies();
        retrievingM = BinningAccumulator.restore(s.retrievingM());
        retrievingN = BinningAccumulator.restore(s.retrievingN());
        copyAbsM = s.copyAbsM().clone();
        trend = JackknifeBlocks.restore(s.trend());
    }

    /**
     * |m| takes the floor(N/2) + 1 values |2k - N| / N; the histogram groups them, in order, by
     * ceil(values / {@value #MAGNETISATION_BINS}) per bin, so that every bin but the last holds as many
     * values (bins of equal width in |m| would alternately catch one and two values, or none, and show dips
     * that are not there).
     */
    public static int magnetisationBins(int spins) {
        int values = spins / 2 + 1;
        int perBin = (values + MAGNETISATION_BINS - 1) / MAGNETISATION_BINS;
        return (values + perBin - 1) / perBin;
    }

    /** The bin of |m| in the histogram of {@link #magnetisationBins(int)} bins. */
    static int magnetisationBin(double absM, int spins) {
        int values = spins / 2 + 1;
        int perBin = (values + MAGNETISATION_BINS - 1) / MAGNETISATION_BINS;
        int d = (int) Math.round(absM * spins);          // |2k - N|, of the parity of N
        int value = Math.min(values - 1, d / 2);          // d = 2 v + (N mod 2)
        return value / perBin;
    }

    private static int pairs(int copies) {
        return copies * (copies - 1) / 2;
    }

    /** One measurement of every copy at this temperature, in copy order. */
    public void add(ReplicaSample[] samples) {
        check(samples);
        int[] retrieved = new int[copies];
        double energySum = 0.0;
        double mSum = 0.0;
        double nSum = 0.0;
        double retrievingMSum = 0.0;
        double retrievingNSum = 0.0;
        int retrieving = 0;
        for (int c = 0; c < copies; c++) {
            ReplicaSample s = samples[c];
            int mu = Magnetisations.retrieved(s.m());
            retrieved[c] = RetrievalRule.retrieved(s.m(), spins);
            double absM = Math.abs(s.m()[mu]);
            energySum += s.energyPerSpin();
            mSum += absM;
            nSum += Math.abs(s.n()[mu]);
            copyMSum[c] += absM;
            copyAbsM[magnetisationBin(absM, spins)]++;
            if (retrieved[c] >= 0) {
                retrieving++;
                retrievingMSum += absM;
                retrievingNSum += Math.abs(s.n()[mu]);
            }
            for (int p = 0; p < patterns; p++) {
                patternAbsMSum[p] += Math.abs(s.m()[p]) / copies;
            }
        }
        energy.add(energySum / copies);
        m.add(mSum / copies);
        n.add(nSum / copies);
        retrievingCopies += retrieving;
        if (retrieving > 0) {
            retrievingM.add(retrievingMSum / retrieving);
            retrievingN.add(retrievingNSum / retrieving);
        }

        PairMoments all = new PairMoments();
        PairMoments same = new PairMoments();
        int pair = 0;
        for (int a = 0; a < copies; a++) {
            for (int b = a + 1; b < copies; b++, pair++) {
                int bin = ReplicaOverlap.histogramBin(samples[a].spins(), samples[b].spins(), spins);
                double q = OverlapHistogram.overlap(bin, spins);
                pairAbsQSum[pair] += Math.abs(q);
                all.add(q);
                if (retrieved[a] >= 0 && retrieved[a] == retrieved[b]) {
                    samePattern[bin]++;
                    same.add(q);
                } else if (retrieved[a] >= 0 && retrieved[b] >= 0) {
                    differentPattern[bin]++;
                } else if (retrieved[a] >= 0 || retrieved[b] >= 0) {
                    mixedPhase[bin]++;
                } else {
                    neitherRetrieving[bin]++;
                }
            }
        }
        all.addTo(overlap);
        trend.add(energySum / copies, mSum / copies, all.q2 / all.count);
        if (same.count > 0) {
            same.addTo(samePatternOverlap);
        }
        measurements++;
    }

    private void check(ReplicaSample[] samples) {
        if (samples.length != copies) {
            throw new IllegalArgumentException("expected " + copies + " copies, got " + samples.length);
        }
        for (ReplicaSample s : samples) {
            if (s.m().length != patterns) {
                throw new IllegalArgumentException("expected K = " + patterns + " magnetisations, got " + s.m().length);
            }
            if (s.spins().length != PackedSpins.words(spins)) {
                throw new IllegalArgumentException("expected " + PackedSpins.words(spins) + " words for N = " + spins
                        + " spins, got " + s.spins().length);
            }
        }
    }

    public SlotSummary summary() {
        double[] patternAbsM = scaled(patternAbsMSum);
        double[] copyM = scaled(copyMSum);
        double[] pairAbsQ = scaled(pairAbsQSum);
        long[] raw = new long[spins + 1];
        for (int bin = 0; bin <= spins; bin++) {
            raw[bin] = samePattern[bin] + differentPattern[bin] + mixedPhase[bin] + neitherRetrieving[bin];
        }
        OverlapHistogram histogram = new OverlapHistogram(spins, raw, samePattern.clone(), differentPattern.clone(),
                mixedPhase.clone(), neitherRetrieving.clone());
        OverlapMoments moments = overlap.summary();
        Estimate[] series = {Estimate.of(energy), Estimate.of(m), moments.q2()};
        double[] effective = new double[series.length];
        for (int i = 0; i < series.length; i++) {
            effective[i] = measurements / (2.0 * series[i].tauInt());
        }
        double[] tau = new double[series.length];
        for (int i = 0; i < series.length; i++) {
            tau[i] = series[i].tauInt();
        }
        Equilibration equilibration = new Equilibration(TREND_SERIES, trend.drift(tau), effective);
        double retrievingFraction = measurements == 0 ? Double.NaN : retrievingCopies / (double) (measurements * copies);
        return new SlotSummary(measurements, Estimate.of(energy), Estimate.of(m), Estimate.of(n), patternAbsM, copyM,
                moments, samePatternOverlap.summary(), histogram, pairAbsQ, standardDeviation(pairAbsQ), retrievingFraction,
                Estimate.of(retrievingM), Estimate.of(retrievingN), copyAbsM.clone(), equilibration);
    }

    private double[] scaled(double[] sums) {
        double[] means = new double[sums.length];
        for (int i = 0; i < sums.length; i++) {
            means[i] = sums[i] / measurements;
        }
        return means;
    }

    /** Sample standard deviation; NaN for fewer than two values. */
    private static double standardDeviation(double[] x) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double mean = Arrays.stream(x).average().orElseThrow();
        double sum = 0.0;
        for (double v : x) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (x.length - 1));
    }

    public Snapshot snapshot() {
        return new Snapshot(spins, copies, patterns, measurements, energy.snapshot(), m.snapshot(), n.snapshot(),
                patternAbsMSum.clone(), copyMSum.clone(), pairAbsQSum.clone(), overlap.snapshot(),
                samePatternOverlap.snapshot(), samePattern.clone(), differentPattern.clone(), mixedPhase.clone(),
                neitherRetrieving.clone(), retrievingCopies, retrievingM.snapshot(), retrievingN.snapshot(), copyAbsM.clone(),
                trend.snapshot());
    }

    public static SlotStatistics restore(Snapshot s) {
        return new SlotStatistics(s);
    }

    /** Sums of q, |q|, q^2, q^4 over the pairs of one measurement, averaged when handed on. */
    private static final class PairMoments {
        private int count;
        private double q;
        private double absQ;
        private double q2;
        private double q4;

        void add(double value) {
            double square = value * value;
            count++;
            q += value;
            absQ += Math.abs(value);
            q2 += square;
            q4 += square * square;
        }

        void addTo(OverlapMomentAccumulator target) {
            target.add(q / count, absQ / count, q2 / count, q4 / count);
        }
    }

    /** The full state, for checkpoints: plain records and arrays that Jackson (de)serializes as is. */
    public record Snapshot(int spins, int copies, int patterns, long measurements,
                           BinningAccumulator.Snapshot energy, BinningAccumulator.Snapshot m, BinningAccumulator.Snapshot n,
                           double[] patternAbsMSum, double[] copyMSum, double[] pairAbsQSum,
                           OverlapMomentAccumulator.Snapshot overlap, OverlapMomentAccumulator.Snapshot samePatternOverlap,
                           long[] samePattern, long[] differentPattern, long[] mixedPhase, long[] neitherRetrieving,
                           long retrievingCopies, BinningAccumulator.Snapshot retrievingM, BinningAccumulator.Snapshot retrievingN,
                           long[] copyAbsM, JackknifeBlocks.Snapshot trend) {

        public Snapshot {
            if (spins < 1 || copies < 2 || patterns < 1) {
                throw new IllegalArgumentException("slot statistics need N >= 1, at least 2 copies and K >= 1; got N = "
                        + spins + ", " + copies + " copies, K = " + patterns);
            }
            if (patternAbsMSum.length != patterns || copyMSum.length != copies || pairAbsQSum.length != pairs(copies)
                    || samePattern.length != spins + 1 || differentPattern.length != spins + 1
                    || mixedPhase == null || mixedPhase.length != spins + 1 || neitherRetrieving == null
                    || neitherRetrieving.length != spins + 1 || copyAbsM == null || copyAbsM.length != magnetisationBins(spins)
                    || retrievingM == null || retrievingN == null || trend == null || trend.components() != TREND_SERIES.length) {
                throw new IllegalArgumentException("slot statistics snapshot with arrays of the wrong length");
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Snapshot s && spins == s.spins && copies == s.copies && patterns == s.patterns
                    && measurements == s.measurements && energy.equals(s.energy) && m.equals(s.m) && n.equals(s.n)
                    && Arrays.equals(patternAbsMSum, s.patternAbsMSum) && Arrays.equals(copyMSum, s.copyMSum)
                    && Arrays.equals(pairAbsQSum, s.pairAbsQSum) && overlap.equals(s.overlap)
                    && samePatternOverlap.equals(s.samePatternOverlap) && Arrays.equals(samePattern, s.samePattern)
                    && Arrays.equals(differentPattern, s.differentPattern) && Arrays.equals(mixedPhase, s.mixedPhase)
                    && Arrays.equals(neitherRetrieving, s.neitherRetrieving) && retrievingCopies == s.retrievingCopies
                    && retrievingM.equals(s.retrievingM) && retrievingN.equals(s.retrievingN)
                    && Arrays.equals(copyAbsM, s.copyAbsM) && trend.equals(s.trend);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(samePattern) * 31 + Long.hashCode(measurements);
        }
    }
}
