package io.densehebb.observables;

import java.util.Locale;

/**
 * Reads replica symmetry off P(q) at one temperature and one system size (docs/physics.md section 4).
 *
 * <p>In an RS phase the overlap of two copies in the same state concentrates: around 0 in the paramagnet,
 * around +-qbar in retrieval or an RS spin glass (both signs when sigma -> -sigma is a symmetry), so P(|q|)
 * is one narrow peak. If the sites were independent, q_ab would be a sum of N terms of variance 1 - m_i^4,
 * so its width would be sqrt((1 - E m_i^4) / N), which is at most {@code expectedWidth} =
 * sqrt((1 - qbar^2) / N) because E m_i^4 >= (E m_i^2)^2 = qbar^2. Site correlations (a spin-glass
 * susceptibility above 1) widen it by an O(1) factor, so the window is generous: |q| within {@code window} =
 * {@value #WINDOW_WIDTHS} expectedWidth of qbar (at least one q-step, 2/N). The peak is found as the centre
 * whose window holds the most weight; qbar is the mean |q| inside it, and {@code weightOutside} is the weight
 * outside the window around qbar: what a single RS peak cannot account for.
 *
 * <p>Which pairs are judged depends on the phases of the copies ({@link RetrievalRule}): copies retrieving
 * a pattern are one phase, copies retrieving none (paramagnet or spin glass) another. Pairs in different
 * basins (two patterns, or one copy in each phase) are allowed by RS and never judged; pairs in the same
 * phase are. A phase is present when at least {@value #PHASE_MIN_FRACTION} of the copy measurements are in it.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>fewer than {@value #MIN_MEASUREMENTS} measurements: inconclusive (binning errors need that many);</li>
 *   <li>not-equilibrated, when any of: fewer than {@value #MIN_DESCENTS_PER_COPY} descents per copy from the
 *       hottest temperature to this one (with a ladder; {@code descents} of the walkers); a drift of the
 *       energy, |m_mu*| or q^2 between the last half of the run and the quarter before above
 *       {@value #MAX_DRIFT} errors, or a run too short to test that ({@link JackknifeBlocks#drift(double[])}); fewer than {@value #MIN_EFFECTIVE} effectively independent measurements
 *       n / (2 tau_int) of one of them (tau_int comparable to the run);</li>
 *   <li>both phases present: the pairs retrieving the same pattern and the pairs retrieving nothing are
 *       judged apart; each concentrated (weight outside at most {@value #RS_MAX_OUTSIDE}) and the |m_mu*|
 *       histogram of the copies bimodal (its lowest count between the two modes at most
 *       {@value #MAX_DIP_RATIO} of the lower mode, the modes at least {@value #MIN_MODE_SEPARATION} apart in
 *       |m|): coexistence, the weight between the peaks of the raw P(q) coming from pairs in different
 *       phases; otherwise inconclusive (fewer than {@value #MIN_PAIR_SAMPLES} pair samples in either phase,
 *       no separated modes, or a broad P(q) inside a phase);</li>
 *   <li>one phase: its pairs' P(q) (fewer than {@value #MIN_PAIR_SAMPLES} pair samples: inconclusive);
 *       weight outside at most {@value #RS_MAX_OUTSIDE}: replica-symmetric; at least {@value #RSB_MIN_OUTSIDE}:
 *       broken; in between: inconclusive (marginal).</li>
 * </ol>
 *
 * <p>What this cannot see: one N cannot show that the width shrinks like N^(-1/2), which is the real test
 * (the sweep's verdict across sizes makes it); near a continuous transition critical fluctuations widen an
 * RS P(q) beyond the windows. So "broken" means "weight the RS width does not explain at this N, in an
 * equilibrated run"; confirm it with a second N and other disorder samples.
 */
public final class ReplicaSymmetryCheck {

    /** Measurements needed before any verdict: two binning levels of {@link BinningAccumulator#MIN_BINS} bins. */
    public static final int MIN_MEASUREMENTS = 2 * BinningAccumulator.MIN_BINS;
    /** Same-phase pair samples needed to judge a phase's P(q). */
    public static final int MIN_PAIR_SAMPLES = 64;
    /** Window half-width in units of the expected RS width. */
    public static final double WINDOW_WIDTHS = 4.0;
    /**
     * Largest weight outside the windows that still counts as replica-symmetric: a Gaussian peak twice as wide
     * as the independent-site width (site correlations) puts 4.6 % of its weight outside 4 such widths.
     */
    public static final double RS_MAX_OUTSIDE = 0.05;
    /** Smallest weight outside the windows that counts as broken replica symmetry: twice what RS is allowed. */
    public static final double RSB_MIN_OUTSIDE = 0.10;
    /** Fewest copy measurements in a phase, as a fraction, for the phase to be present. */
    public static final double PHASE_MIN_FRACTION = 0.1;
    /** Descents from the hottest temperature needed per copy (walkers that brought a fresh configuration here). */
    public static final int MIN_DESCENTS_PER_COPY = 10;
    /**
     * Largest drift between successive logarithmic windows, in errors of a stationary series
     * ({@link JackknifeBlocks#drift(double[])}): with 4 to 15 super-blocks in the earlier window and the error
     * from successive differences, a stationary series passes 5 errors in fewer than about 1 check in 1000.
     */
    public static final double MAX_DRIFT = 5.0;
    /**
     * Fewest effectively independent measurements n / (2 tau_int) of a checked series: below 2 x
     * {@link BinningAccumulator#MIN_BINS} the bins of the deepest binning level are no longer than about 2 tau_int,
     * so the error bar has not reached its plateau (and the binning estimate of tau_int cannot go much further).
     */
    public static final double MIN_EFFECTIVE = 2.0 * BinningAccumulator.MIN_BINS;
    /** Largest count between the two modes of the |m| histogram, relative to the lower mode, for two phases. */
    public static final double MAX_DIP_RATIO = 0.5;
    /** Smallest distance in |m| between the two modes of the |m| histogram. */
    public static final double MIN_MODE_SEPARATION = 0.2;

    private ReplicaSymmetryCheck() {
    }

    /**
     * @param s        the statistics at one temperature
     * @param descents configurations that reached this temperature fresh from the hottest one (all copies
     *                 together), or -1 where that does not apply (one temperature, or the hottest slot)
     */
    public static RsVerdict judge(SlotSummary s, long descents) {
        OverlapHistogram h = s.histogram();
        int copies = s.copyM().length;
        Context context = new Context(s.pairSpread(), s.retrievingFraction(), h.mixedPhaseFraction(), dipRatio(s.copyAbsM()),
                descents, s.equilibration().maxDrift(), s.equilibration().minEffective());
        Shape same = Shape.of(h.samePattern(), h.spins());
        Shape none = Shape.of(h.neitherRetrieving(), h.spins());
        boolean retrieval = s.retrievingFraction() >= PHASE_MIN_FRACTION;
        boolean other = 1.0 - s.retrievingFraction() >= PHASE_MIN_FRACTION;
        Shape main = retrieval ? same : none;
        Shape second = retrieval && other ? none : null;
        String basis = retrieval && other ? RsVerdict.BOTH_PHASES : retrieval ? RsVerdict.SAME_PATTERN : RsVerdict.NOT_RETRIEVING;

        if (s.measurements() < MIN_MEASUREMENTS) {
            return context.verdict(RsVerdict.INCONCLUSIVE, basis, main, second,
                    "only " + s.measurements() + " measurements; at least " + MIN_MEASUREMENTS + " are needed");
        }
        String unequilibrated = unequilibrated(s, descents, copies);
        if (unequilibrated != null) {
            return context.verdict(RsVerdict.NOT_EQUILIBRATED, basis, main, second, unequilibrated);
        }
        String phases = String.format(Locale.ROOT, "%s of the copies retrieve a pattern", percent(s.retrievingFraction()));
        if (retrieval && other) {
            String numbers = phases + "; same-pattern pairs: " + same.describe() + "; pairs retrieving nothing: " + none.describe();
            if (same.samples < MIN_PAIR_SAMPLES || none.samples < MIN_PAIR_SAMPLES) {
                return context.verdict(RsVerdict.INCONCLUSIVE, basis, main, second, phases + ", but only " + same.samples
                        + " same-pattern and " + none.samples + " not-retrieving pair samples (need " + MIN_PAIR_SAMPLES + " each)");
            }
            if (!(context.dipRatio <= MAX_DIP_RATIO)) {
                return context.verdict(RsVerdict.INCONCLUSIVE, basis, main, second, numbers + "; the |m| histogram of the copies "
                        + "has no two separated modes (dip ratio " + number(context.dipRatio) + " > " + MAX_DIP_RATIO
                        + "): copies straddle the retrieval threshold, as near a continuous transition");
            }
            if (same.weightOutside <= RS_MAX_OUTSIDE && none.weightOutside <= RS_MAX_OUTSIDE) {
                return context.verdict(RsVerdict.COEXISTENCE, basis, main, second, numbers + "; two phases, each concentrated, "
                        + "with a bimodal |m| (dip ratio " + number(context.dipRatio) + "): the weight between the peaks of the raw "
                        + "P(q) comes from the " + percent(context.mixedPairFraction) + " of pairs in different phases");
            }
            return context.verdict(RsVerdict.INCONCLUSIVE, basis, main, second, numbers + "; two phases, but the P(q) inside one of "
                    + "them is broader than " + percent(RS_MAX_OUTSIDE) + " outside its window");
        }
        String which = retrieval ? "same-pattern pairs" : "pairs retrieving nothing";
        String numbers = phases + "; " + which + ": " + main.describe();
        if (main.samples < MIN_PAIR_SAMPLES) {
            return context.verdict(RsVerdict.INCONCLUSIVE, basis, main, null, phases + ", but only " + main.samples + " "
                    + which + " samples (need " + MIN_PAIR_SAMPLES + ")");
        }
        if (main.weightOutside <= RS_MAX_OUTSIDE) {
            return context.verdict(RsVerdict.REPLICA_SYMMETRIC, basis, main, null, numbers + " <= " + percent(RS_MAX_OUTSIDE)
                    + (retrieval && h.samePatternFraction() < 1 ? "; pairs in different basins are not judged" : ""));
        }
        if (main.weightOutside >= RSB_MIN_OUTSIDE) {
            return context.verdict(RsVerdict.BROKEN, basis, main, null, numbers + " >= " + percent(RSB_MIN_OUTSIDE)
                    + ", more than the RS width explains");
        }
        return context.verdict(RsVerdict.INCONCLUSIVE, basis, main, null, numbers + ", between " + percent(RS_MAX_OUTSIDE)
                + " and " + percent(RSB_MIN_OUTSIDE));
    }

    /** Why the run cannot support a verdict at this temperature, or null when it can. */
    private static String unequilibrated(SlotSummary s, long descents, int copies) {
        StringBuilder why = new StringBuilder();
        if (descents >= 0 && descents < (long) MIN_DESCENTS_PER_COPY * copies) {
            why.append(descents).append(" descents from the hottest temperature over ").append(copies)
                    .append(" copies (need ").append(MIN_DESCENTS_PER_COPY).append(" per copy)");
        }
        Equilibration e = s.equilibration();
        int drifting = e.mostDrifting();
        int untestable = e.untestable();
        if (drifting >= 0 && Math.abs(e.drift()[drifting]) > MAX_DRIFT) {
            why.append(why.length() > 0 ? "; " : "").append(e.series()[drifting]).append(" drifts by ")
                    .append(number(e.drift()[drifting])).append(" errors between the last half of the run and the quarter before (at most ")
                    .append(MAX_DRIFT).append(")");
        } else if (untestable >= 0) {
            why.append(why.length() > 0 ? "; " : "").append(e.series()[untestable])
                    .append(": the run is too short for its tau_int to test for drift (the quarter before the last half holds fewer than ")
                    .append(JackknifeBlocks.MIN_DRIFT_BLOCKS).append(" stretches of ").append((int) JackknifeBlocks.SUPER_BLOCK_TAUS)
                    .append(" tau_int)");
        }
        int slowest = e.slowest();
        if (slowest >= 0 && e.effective()[slowest] < MIN_EFFECTIVE) {
            why.append(why.length() > 0 ? "; " : "").append(e.series()[slowest]).append(" has only ")
                    .append(number(e.effective()[slowest])).append(" effectively independent measurements (tau_int comparable to the run; need ")
                    .append((int) MIN_EFFECTIVE).append(")");
        }
        return why.length() == 0 ? null : why.toString();
    }

    /**
     * The two-mode test on the |m| histogram of the copies: the highest bin is one mode, the highest bin at
     * least {@link #MIN_MODE_SEPARATION} away from it the other, and the ratio is the lowest bin between them
     * over the lower of the two: at or above 1 when the bins between are no lower (one broad mode), NaN when
     * the second mode is empty or adjacent.
     */
    static double dipRatio(long[] counts) {
        int bins = counts.length;
        int separation = (int) Math.ceil(MIN_MODE_SEPARATION * bins - 1e-9);
        int first = 0;
        for (int b = 1; b < bins; b++) {
            if (counts[b] > counts[first]) {
                first = b;
            }
        }
        int second = -1;
        for (int b = 0; b < bins; b++) {
            if (Math.abs(b - first) >= separation && (second < 0 || counts[b] > counts[second])) {
                second = b;
            }
        }
        if (second < 0 || counts[second] == 0) {
            return Double.NaN;
        }
        long dip = Long.MAX_VALUE;
        for (int b = Math.min(first, second) + 1; b < Math.max(first, second); b++) {
            dip = Math.min(dip, counts[b]);
        }
        return dip == Long.MAX_VALUE ? Double.NaN : dip / (double) counts[second];
    }

    private static String number(double x) {
        return String.format(Locale.ROOT, "%.3g", x);
    }

    /** The numbers every verdict reports besides the shape of the judged P(q). */
    private record Context(double pairSpread, double retrievingFraction, double mixedPairFraction, double dipRatio, long descents,
                           double maxDrift, double minEffective) {

        RsVerdict verdict(String verdict, String basis, Shape main, Shape second, String reason) {
            return new RsVerdict(verdict, basis, main.samples, main.qbar, main.width, main.expectedWidth, main.window,
                    main.weightOutside, second == null ? Double.NaN : second.qbar, second == null ? Double.NaN : second.weightOutside,
                    pairSpread, retrievingFraction, mixedPairFraction, dipRatio, descents, maxDrift, minEffective, reason);
        }
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
            if (samples == 0) {
                return new Shape(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
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

    }
}
