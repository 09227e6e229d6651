package io.densehebb.observables;

/**
 * P(q) at one temperature as pair counts over the N + 1 possible overlaps q = -1 + 2 bin / N
 * (bin = N - Hamming distance, {@link ReplicaOverlap#histogramBin}). Every pair of copies at every
 * measurement adds one count.
 *
 * <p>Pairs are sorted by the phases of their copies, a copy retrieving a pattern only by {@link RetrievalRule}.
 *
 * @param spins             N
 * @param raw               all pairs (the sum of the four classes below)
 * @param samePattern       pairs whose copies both retrieve the same pattern: the overlap conditioned on the
 *                          retrieved pattern of docs/physics.md section 4
 * @param differentPattern  pairs whose copies both retrieve, different patterns
 * @param mixedPhase        pairs of which exactly one copy retrieves a pattern (two phases, e.g. retrieval and
 *                          paramagnet at a first-order transition)
 * @param neitherRetrieving pairs of which neither copy retrieves a pattern (paramagnet, spin glass)
 */
public record OverlapHistogram(int spins, long[] raw, long[] samePattern, long[] differentPattern, long[] mixedPhase,
                               long[] neitherRetrieving) {

    public OverlapHistogram {
        if (raw.length != spins + 1 || samePattern.length != spins + 1 || differentPattern.length != spins + 1
                || mixedPhase.length != spins + 1 || neitherRetrieving.length != spins + 1) {
            throw new IllegalArgumentException("a histogram of N = " + spins + " spins has N + 1 bins");
        }
    }

    /** The overlap value of a bin. */
    public double q(int bin) {
        return overlap(bin, spins);
    }

    /** q = -1 + 2 bin / N, computed as (2 bin - N) / N: one rounding, so 0.3 prints as 0.3. */
    public static double overlap(int bin, int spins) {
        return (2.0 * bin - spins) / spins;
    }

    /** Total number of pair samples in a histogram. */
    public static long total(long[] counts) {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }

    /** Probability per bin (sums to 1; all NaN for an empty histogram). Divide by 2/N for a density in q. */
    public static double[] probabilities(long[] counts) {
        double total = total(counts);
        double[] p = new double[counts.length];
        for (int b = 0; b < counts.length; b++) {
            p[b] = counts[b] / total;
        }
        return p;
    }

    /** Fraction of pair samples whose copies retrieve the same pattern (NaN when there is none). */
    public double samePatternFraction() {
        return total(samePattern) / (double) total(raw);
    }

    /** Fraction of pair samples with exactly one retrieving copy (NaN when there is none). */
    public double mixedPhaseFraction() {
        return total(mixedPhase) / (double) total(raw);
    }
}
