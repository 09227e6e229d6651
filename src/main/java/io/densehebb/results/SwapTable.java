package io.densehebb.results;

import io.densehebb.tempering.SwapReport;
import java.util.List;

/**
 * The parallel-tempering diagnostics of a run, as the results print them (docs/physics.md section 7).
 *
 * @param pairs               one per neighbouring pair in slot order: pair k joins slot k (hotter) and
 *                            slot k + 1 (colder); empty with one temperature
 * @param lambda              Lambda = sum of the pairs' rejection rates
 * @param roundTrips          round trips (coldest -> hottest -> coldest) completed, all copies together
 * @param roundTripRate       round trips per copy per round
 * @param idealRoundTripRate  1 / (2 + 2 Lambda)
 * @param recommendedSlots    about 2 Lambda
 * @param descents            per slot in slot order, the configurations that reached it fresh from the hottest slot,
 *                            all copies together (tempering/WalkerTracker); empty when not tracked
 */
public record SwapTable(List<Pair> pairs, double lambda, long roundTrips, double roundTripRate, double idealRoundTripRate,
                        int recommendedSlots, List<Long> descents) {

    public SwapTable {
        pairs = List.copyOf(pairs);
        descents = List.copyOf(descents);
    }

    /** Descents to a slot, or -1 where they say nothing: one temperature, the hottest slot, or not tracked. */
    public long descentsTo(int slot) {
        return pairs.isEmpty() || slot == 0 || descents.isEmpty() ? -1 : descents.get(slot);
    }

    /**
     * One neighbouring pair.
     *
     * @param acceptance the mean Metropolis acceptance probability of the attempts (it estimates the same
     *                   thing as accepts / attempts, with less noise); NaN before the first attempt
     */
    public record Pair(double tHot, double tCold, long attempts, long accepts, double acceptance) {
    }

    /** The table of a tempering report (its per-copy walkers and adaptations stay in the report). */
    public static SwapTable of(SwapReport report) {
        List<Pair> pairs = report.pairs().stream()
                .map(p -> new Pair(p.temperature(), p.nextTemperature(), p.attempts(), p.accepts(), p.acceptanceRate()))
                .toList();
        List<Long> descents = new java.util.ArrayList<>();
        for (int k = 0; k <= report.pairs().size(); k++) {
            descents.add(report.descents(k));
        }
        return new SwapTable(pairs, report.lambda(), report.totalRoundTrips(), report.roundTripRate(),
                report.idealRoundTripRate(), report.recommendedSlots(), descents);
    }
}
