package io.densehebb.results;

import io.densehebb.observables.Estimate;
import io.densehebb.observables.SlotSummary;

/**
 * How far the Monte Carlo is from the replica-symmetric prediction at one temperature, in units of
 * the Monte Carlo error bar: (MC - RS) / error for m, n and q. The RS q is the overlap of two replicas
 * in the same state, so it is compared with <|q|> over the pairs of copies that retrieve the same
 * pattern. NaN where the error bar is missing or zero.
 */
public record TheoryDeviation(double m, double n, double q) {

    public static TheoryDeviation of(SlotSummary summary, TheoryPoint theory) {
        return new TheoryDeviation(sigmas(summary.m(), theory.m()), sigmas(summary.n(), theory.n()),
                sigmas(summary.samePatternOverlap().absQ(), theory.q()));
    }

    private static double sigmas(Estimate measured, double predicted) {
        return measured.error() > 0 ? (measured.mean() - predicted) / measured.error() : Double.NaN;
    }
}
