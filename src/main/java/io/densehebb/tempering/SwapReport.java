package io.densehebb.tempering;

import java.util.List;

/**
 * What the swaps did since the statistics were last cleared (start, end of burn-in, or a ladder
 * adaptation): acceptance per neighbouring pair, the communication barrier, and round trips.
 *
 * <p><b>Round-trip rate.</b> {@code roundTripRate} is the number of round trips completed by all the
 * walkers of one copy per round, averaged over the copies: tau = (round trips of the copy) / rounds.
 * This is the quantity of Syed, Bouchard-Cote, Deligiannidis, Doucet, JRSSB 84 (2022), who count the
 * round trips of all the index processes of one PT chain per scan (one scan = one round here: local
 * moves, then one even or odd swap phase). With every swap accepted each of the L walkers needs 2L
 * rounds per trip, so tau = L / 2L = 1/2, which is their formula at Lambda = 0. The rate per walker is
 * tau / L. Under efficient local exploration (each slot's configuration is fresh after its sweeps) the
 * non-reversible schedule gives exactly {@code predictedRoundTripRate} = 1 / (2 + 2 sum_k r_k / (1 - r_k));
 * {@code idealRoundTripRate} = 1 / (2 + 2 Lambda) is its limit as the slots get dense (every r_k small),
 * the upper bound of Syed et al. for any ladder over the same temperature range (slightly optimistic
 * here, since Lambda estimated on a coarse ladder is biased low). An observed rate well below the
 * predicted one means the sweeps between exchanges do not decorrelate the energies; one near the
 * predicted rate but below the ideal one means too few slots or a badly spaced ladder.
 *
 * @param pairs                  one entry per neighbouring pair (k, k+1), hottest first
 * @param lambda                 Lambda = sum of the pairs' rejection rates (NaN while a pair has no attempt)
 * @param rounds                 rounds (exchange calls) since the statistics were cleared
 * @param copies                 walkers and round trips of each independent copy
 * @param totalRoundTrips        round trips completed, all copies together
 * @param roundTripRate          round trips per copy per round (see above); NaN before the first round
 * @param idealRoundTripRate     1 / (2 + 2 Lambda); 0 with a single slot, where no round trip exists
 * @param predictedRoundTripRate 1 / (2 + 2 sum r/(1-r)) for this ladder; 0 with a single slot
 * @param recommendedSlots       about 2 Lambda slots (at least 2), the rule of thumb of Syed et al. Lambda
 *                               estimated on a ladder with too few slots is biased low, so re-estimate
 *                               after changing the number of slots. With one slot: 1
 * @param adaptations            every re-spacing of an adaptive ladder so far, in order
 */
public record SwapReport(List<Pair> pairs, double lambda, long rounds, List<Copy> copies, long totalRoundTrips,
                         double roundTripRate, double idealRoundTripRate, double predictedRoundTripRate,
                         int recommendedSlots, List<Adaptation> adaptations) {

    public SwapReport {
        pairs = List.copyOf(pairs);
        copies = List.copyOf(copies);
        adaptations = List.copyOf(adaptations);
    }

    /**
     * The pair of slots k (hotter) and k+1 (colder).
     *
     * @param acceptanceRate the mean Metropolis acceptance probability of the attempts: it estimates the
     *                       same expectation as accepts/attempts with less noise, and the adaptation uses it
     * @param rejectionRate  1 - acceptanceRate
     */
    public record Pair(int slot, double temperature, double nextTemperature, double beta, double nextBeta,
                       long attempts, long accepts, double acceptanceRate, double rejectionRate) {
    }

    /**
     * One independent copy of the ladder.
     *
     * @param walkerAtSlot       the walker (starting slot of the configuration) now at each slot
     * @param roundTripsByWalker round trips completed by each walker, indexed by walker
     * @param roundTrips         their sum
     * @param roundTripRate      roundTrips / rounds
     * @param descentsBySlot     per slot, the walkers that reached it fresh from the hottest slot (WalkerTracker)
     */
    public record Copy(int copy, List<Integer> walkerAtSlot, List<Long> roundTripsByWalker, long roundTrips,
                       double roundTripRate, List<Long> descentsBySlot) {

        public Copy {
            walkerAtSlot = List.copyOf(walkerAtSlot);
            roundTripsByWalker = List.copyOf(roundTripsByWalker);
            descentsBySlot = List.copyOf(descentsBySlot);
        }
    }

    /** Descents from the hottest slot to {@code slot}, all copies together (0 for the hottest slot itself). */
    public long descents(int slot) {
        long sum = 0;
        for (Copy c : copies) {
            sum += c.descentsBySlot().get(slot);
        }
        return sum;
    }

    /**
     * One re-spacing of an adaptive ladder.
     *
     * @param round  the round after whose exchange it happened
     * @param betas  the new ladder, ascending
     * @param lambda the Lambda estimate of the ladder it replaced, from which it was computed
     */
    public record Adaptation(long round, List<Double> betas, double lambda) {

        public Adaptation {
            betas = List.copyOf(betas);
        }
    }

    /** The walker now at {@code slot} of {@code copy}. */
    public int walkerAt(int copy, int slot) {
        return copies.get(copy).walkerAtSlot().get(slot);
    }
}
