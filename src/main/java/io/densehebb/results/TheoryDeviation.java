package io.densehebb.results;

import io.densehebb.observables.Estimate;
import io.densehebb.observables.SlotSummary;

/**
 * How far the Monte Carlo is from the replica-symmetric prediction at one temperature, in units of the
 * Monte Carlo error bar: (MC - RS) / error, comparing only the same quantities (docs/physics.md section 4).
 * Where the selected RS branch retrieves (m > 0), its m and n are compared with those of the copies that
 * retrieve a pattern (observables.RetrievalRule) and its q with <|q|> over the pairs retrieving the same
 * pattern; where it does not (spin glass, paramagnet), m and n are not compared (the largest of K noise
 * overlaps is not the theory's m = 0) and q is compared with <|q|> over all pairs. NaN where the error bar
 * is missing or zero, or where no copy retrieves although the theory does.
 *
 * @param basis {@link #RETRIEVING} or {@link #ALL_PAIRS}: which Monte Carlo numbers the theory was held against
 */
public record TheoryDeviation(double m, double n, double q, String basis) {

    public static final String RETRIEVING = "retrieving copies: m, n; same-pattern pairs: |q|";
    public static final String ALL_PAIRS = "no condensed pattern in the theory: |q| of all pairs; m, n not compared";

    /** Below this m the RS branch counts as not retrieving. */
    static final double RETRIEVAL_M = 1e-6;

    public static TheoryDeviation of(SlotSummary summary, TheoryPoint theory) {
        if (theory.m() > RETRIEVAL_M) {
            return new TheoryDeviation(sigmas(summary.retrievingM(), theory.m()), sigmas(summary.retrievingN(), theory.n()),
                    sigmas(summary.samePatternOverlap().absQ(), theory.q()), RETRIEVING);
        }
        return new TheoryDeviation(Double.NaN, Double.NaN, sigmas(summary.overlap().absQ(), theory.q()), ALL_PAIRS);
    }

    /** The Monte Carlo value of q the theory is compared with. */
    public static Estimate comparedQ(SlotSummary summary, TheoryPoint theory) {
        return theory.m() > RETRIEVAL_M ? summary.samePatternOverlap().absQ() : summary.overlap().absQ();
    }

    private static double sigmas(Estimate measured, double predicted) {
        return measured.error() > 0 ? (measured.mean() - predicted) / measured.error() : Double.NaN;
    }
}
