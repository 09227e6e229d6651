package io.densehebb.results;

import io.densehebb.observables.OverlapHistogram;
import io.densehebb.observables.SlotSummary;

/**
 * Bins for drawing P(q): groups of {@code steps} neighbouring overlap values q = -1 + 2 bin / N, laid out
 * symmetrically about q = 0 (so that +-q fall into mirror bins), the outermost groups possibly narrower.
 * For an even N, whose values include q = 0, the group width is odd so that q = 0 is a group's centre.
 *
 * <p>How many values per group ({@link #forStatistics}): the Rice rule, 2 n^(1/3) bins over the occupied
 * range of q, with n the effectively independent pair samples (measurements / (2 tau_int of q^2) times the
 * pairs per measurement), so that a short or strongly correlated run gets wide bins and a long one the full
 * resolution of 2/N.
 *
 * @param spins  N
 * @param first  per group, the first histogram bin it holds
 * @param last   per group, the last histogram bin it holds (inclusive)
 */
record OverlapBins(int spins, int[] first, int[] last) {

    /** Groups of {@code steps} values (made odd for even N), symmetric about q = 0. */
    static OverlapBins of(int spins, int steps) {
        int k = Math.max(1, steps);
        if (spins % 2 == 0 && k % 2 == 0) {
            k++;
        }
        java.util.List<int[]> groups = new java.util.ArrayList<>();
        int hi;
        if (spins % 2 == 0) {
            int centre = spins / 2;
            groups.add(new int[] {centre - k / 2, centre + k / 2});
            hi = centre + k / 2;
        } else {
            hi = spins / 2; // bins 0..spins/2 are q < 0, spins/2 + 1.. are q > 0
        }
        while (hi < spins) {
            int lo = hi + 1;
            int top = Math.min(spins, hi + k);
            groups.add(new int[] {lo, top});
            groups.add(0, new int[] {spins - top, spins - lo});
            hi = top;
        }
        int[] first = new int[groups.size()];
        int[] last = new int[groups.size()];
        for (int g = 0; g < first.length; g++) {
            first[g] = Math.max(0, groups.get(g)[0]);
            last[g] = groups.get(g)[1];
        }
        return new OverlapBins(spins, first, last);
    }

    /** Bins for the raw P(q) of one temperature, as wide as its effective number of samples asks for. */
    static OverlapBins forStatistics(SlotSummary s) {
        int pairs = s.pairAbsQ().length;
        double tau = s.overlap().q2().tauInt();
        double effective = s.measurements() * (double) pairs / Math.max(1.0, 2.0 * (Double.isFinite(tau) ? tau : 0.5));
        return of(s.histogram().spins(), stepsFor(s.histogram().raw(), s.histogram().spins(), effective));
    }

    /** Values per group: the occupied range of q over 2 n^(1/3) bins, in steps of 2/N. */
    static int stepsFor(long[] counts, int spins, double effectiveSamples) {
        int lo = -1;
        int hi = -1;
        for (int b = 0; b < counts.length; b++) {
            if (counts[b] > 0) {
                hi = b;
                if (lo < 0) {
                    lo = b;
                }
            }
        }
        if (lo < 0 || !(effectiveSamples >= 1)) {
            return 1;
        }
        double bins = Math.ceil(2.0 * Math.cbrt(effectiveSamples));
        return Math.max(1, (int) Math.round((hi - lo + 1) / bins));
    }

    int size() {
        return first.length;
    }

    double centre(int g) {
        return 0.5 * (OverlapHistogram.overlap(first[g], spins) + OverlapHistogram.overlap(last[g], spins));
    }

    /** Lower edge: half a step below the first value (the bin of the value q spans q +- 1/N). */
    double lowerEdge(int g) {
        return OverlapHistogram.overlap(first[g], spins) - 1.0 / spins;
    }

    double upperEdge(int g) {
        return OverlapHistogram.overlap(last[g], spins) + 1.0 / spins;
    }

    double width(int g) {
        return upperEdge(g) - lowerEdge(g);
    }

    /** Overlap values in a group. */
    int values(int g) {
        return last[g] - first[g] + 1;
    }

    /** Density in q per group: its share of the pair samples over its width (NaN for an empty histogram). */
    double[] density(long[] counts) {
        double total = OverlapHistogram.total(counts);
        double[] d = new double[size()];
        for (int g = 0; g < d.length; g++) {
            long sum = 0;
            for (int b = first[g]; b <= last[g]; b++) {
                sum += counts[b];
            }
            d[g] = sum / total / (upperEdge(g) - lowerEdge(g));
        }
        return d;
    }
}
