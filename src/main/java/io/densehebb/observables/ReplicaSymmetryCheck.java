package io.densehebb.observables;

import java.util.Locale;

/**
 * Reads replica symmetry off P(q) at one temperature and one system size (docs/physics.md section 4).
 *
 * <p>In an RS phase the overlap of two copies concentrates: around 0 in the paramagnet, around +-qbar in
 * retrieval (both signs when sigma -> -sigma is a symmetry), so P(|q|) is one narrow peak. If the sites
 * were independent, q_ab would be a sum of N terms of variance 1 - m_i^4, so its width would be
 * sqrt((1 - E m_i^4) / N), which is at most {@code expectedWidth} = sqrt((1 - qbar^2) / N) because
 * E m_i^4 >= (E m_i^2)^2 = qbar^2. Site correlations (a spin-glass susceptibility above 1) widen it by an
 * O(1) factor, so the window is generous: |q| within {@code window} = 4 expectedWidth of qbar (at least one
 * q-step, 2/N). The peak is found as the centre whose window holds the most weight; qbar is the mean |q|
 * inside it, and {@code weightOutside} is the weight outside the window around qbar: what a single RS peak
 * cannot account for. A Gaussian at q = 0 (paramagnet) gives qbar ~ N^(-1/2) and nothing outside.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>fewer than {@value #MIN_MEASUREMENTS} measurements: inconclusive (binning errors need that many);</li>
 *   <li>raw P(q) with at most {@value #RS_MAX_OUTSIDE} of its weight outside the windows:
 *       replica-symmetric (there is no extra weight for the conditioning to explain);</li>
 *   <li>otherwise the extra weight may come from copies in different basins (another pattern, a mixture),
 *       which RS allows, so the same test is made on the pairs retrieving the same pattern: fewer than
 *       {@value #MIN_PAIR_SAMPLES} such pair samples: inconclusive;</li>
 *   <li>same-pattern weight outside at most {@value #RS_MAX_OUTSIDE}: replica-symmetric;</li>
 *   <li>same-pattern weight outside at least {@value #RSB_MIN_OUTSIDE}: broken;</li>
 *   <li>in between: inconclusive (marginal).</li>
 * </ol>
 *
 * <p>What this cannot see: one N cannot show that the width shrinks like N^(-1/2), which is the real
 * test; near a continuous transition critical fluctuations widen an RS P(q) beyond the windows; copies
 * stuck in different states (metastability at a first-order transition, or too short a run) also put
 * weight between the peaks. So "broken" means "weight the RS width does not explain at this N"; confirm
 * it with a second N, longer runs and the spread across pairs, which is reported alongside.
 */
public final class ReplicaSymmetryCheck {

    /** Measurements needed before any verdict: two binning levels of {@link BinningAccumulator#MIN_BINS} bins. */
    public static final int MIN_MEASUREMENTS = 2 * BinningAccumulator.MIN_BINS;
    /** Same-pattern pair samples needed to judge the conditioned P(q). */
    public static final int MIN_PAIR_SAMPLES = 64;
    /** Window half-width in units of the expected RS width. */
    public static final double WINDOW_WIDTHS = 4.0;
    /** Largest weight outside the windows that still counts as replica-symmetric. */
    public static final double RS_MAX_OUTSIDE = 0.05;
    /** Smallest weight outside the windows that counts as broken replica symmetry. */
    public static final double RSB_MIN_OUTSIDE = 0.15;

    private ReplicaSymmetryCheck() {
    }

    /**
     * @param histogram    the raw and pattern-conditioned P(q)
     * @param measurements measurements folded into it
     * @param pairSpread   standard deviation across pairs of their mean |q| (reported, not judged)
     */
    public static RsVerdict judge(OverlapHistogram histogram, long measurements, double pairSpread) {
        Shape raw = Shape.of(histogram.raw(), histogram.spins());
        if (measurements < MIN_MEASUREMENTS) {
            return raw.verdict(RsVerdict.INCONCLUSIVE, RsVerdict.RAW, pairSpread,
                    "only " + measurements + " measurements; at least " + MIN_MEASUREMENTS + " are needed");
        }
        if (raw.weightOutside <= RS_MAX_OUTSIDE) {
            return raw.verdict(RsVerdict.REPLICA_SYMMETRIC, RsVerdict.RAW, pairSpread,
                    "raw P(q) concentrated: " + raw.describe() + " <= " + percent(RS_MAX_OUTSIDE));
        }
        Shape same = Shape.of(histogram.samePattern(), histogram.spins());
        String rawPart = "raw P(q) has " + raw.describe();
        if (same.samples < MIN_PAIR_SAMPLES) {
            return raw.verdict(RsVerdict.INCONCLUSIVE, RsVerdict.RAW, pairSpread, rawPart + ", but only " + same.samples
                    + " same-pattern pair samples (need " + MIN_PAIR_SAMPLES + ") to tell other basins from RSB");
        }
        String samePart = "; same-pattern P(q) has " + same.describe();
        if (same.weightOutside <= RS_MAX_OUTSIDE) {
            return same.verdict(RsVerdict.REPLICA_SYMMETRIC, RsVerdict.SAME_PATTERN, pairSpread,
                    rawPart + samePart + ": the extra weight comes from copies in different basins");
        }
        if (same.weightOutside >= RSB_MIN_OUTSIDE) {
            return same.verdict(RsVerdict.BROKEN, RsVerdict.SAME_PATTERN, pairSpread,
                    rawPart + samePart + " >= " + percent(RSB_MIN_OUTSIDE) + ", more than the RS width explains");
        }
        return same.verdict(RsVerdict.INCONCLUSIVE, RsVerdict.SAME_PATTERN, pairSpread,
                rawPart + samePart + ", between " + percent(RS_MAX_OUTSIDE) + " and " + percent(RSB_MIN_OUTSIDE));
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    /** Peak position, width and weight outside the RS windows of one histogram. */
    private record Shape(long samples, double qbar, double width, double expectedWidth, double window, double weightOutside) {

        static Shape of(long[] counts, int spins) {
            // fold onto |q| = d / N with d = |2 bin - N|, and keep prefix sums to weigh any window in O(1)
            long[] folded = new long[spins + 1];
            for (int bin = 0; bin <= spins; bin++) {
                folded[Math.abs(2 * bin - spins)] += counts[bin];
            }
            long[] below = new long[spins + 2];
            for (int d = 0; d <= spins; d++) {
                below[d + 1] = below[d] + folded[d];
            }
            long samples = below[spins + 1];
            double sumAbs = 0.0;
            double sumSquares = 0.0;
            for (int d = 0; d <= spins; d++) {
                double absQ = d / (double) spins;
                sumAbs += folded[d] * absQ;
                sumSquares += folded[d] * absQ * absQ;
            }
            double meanAbs = sumAbs / samples;
            double width = Math.sqrt(Math.max(0.0, sumSquares / samples - meanAbs * meanAbs));

            // the peak: the centre whose RS window holds the most weight (the smallest such centre on ties)
            int peak = 0;
            long peakWeight = -1;
            for (int d = 0; d <= spins; d++) {
                double halfWidth = window(d / (double) spins, spins) * spins;
                int lo = Math.max(0, (int) Math.ceil(d - halfWidth - 1e-9));
                int hi = Math.min(spins, (int) Math.floor(d + halfWidth + 1e-9));
                long inside = below[hi + 1] - below[lo];
                if (inside > peakWeight) {
                    peak = d;
                    peakWeight = inside;
                }
            }
            // qbar: the mean |q| inside that window; the reported window is then centred on qbar itself
            double peakHalfWidth = window(peak / (double) spins, spins) * spins;
            double insideSum = 0.0;
            long insideCount = 0;
            for (int d = 0; d <= spins; d++) {
                if (Math.abs(d - peak) <= peakHalfWidth + 1e-9) {
                    insideSum += folded[d] * (d / (double) spins);
                    insideCount += folded[d];
                }
            }
            double qbar = insideSum / insideCount;
            double expectedWidth = expectedWidth(qbar, spins);
            double window = window(qbar, spins);
            long outside = 0;
            for (int d = 0; d <= spins; d++) {
                if (Math.abs(d / (double) spins - qbar) > window) {
                    outside += folded[d];
                }
            }
            return new Shape(samples, qbar, width, expectedWidth, window, outside / (double) samples);
        }

        static double expectedWidth(double qbar, int spins) {
            return Math.sqrt(Math.max(0.0, 1.0 - qbar * qbar) / spins);
        }

        static double window(double qbar, int spins) {
            return Math.max(WINDOW_WIDTHS * expectedWidth(qbar, spins), 2.0 / spins);
        }

        String describe() {
            return String.format(Locale.ROOT, "%.1f%% of its weight outside |q| = %.3f +- %.3f (RS width %.3f, observed %.3f)",
                    100 * weightOutside, qbar, window, expectedWidth, width);
        }

        RsVerdict verdict(String verdict, String basis, double pairSpread, String reason) {
            return new RsVerdict(verdict, basis, samples, qbar, width, expectedWidth, window, weightOutside, pairSpread, reason);
        }
    }
}
