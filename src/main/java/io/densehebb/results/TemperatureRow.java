package io.densehebb.results;

import io.densehebb.observables.RsVerdict;
import io.densehebb.observables.SlotSummary;

/**
 * One temperature of a run with what every output prints about it.
 *
 * @param slot           ladder slot (0 = hottest)
 * @param temperature    T
 * @param summary        the measurements at T
 * @param swapAcceptance acceptance of swaps with the next hotter slot (slot - 1); NaN for the hottest
 * @param theory         the RS prediction at T, or null
 * @param verdict        replica symmetry at T (observables.ReplicaSymmetryCheck), with the walkers' descents to T
 */
public record TemperatureRow(int slot, double temperature, SlotSummary summary, double swapAcceptance, TheoryPoint theory,
                             RsVerdict verdict) {

    /** beta = 1/T (+infinity at T = 0). */
    public double beta() {
        return 1.0 / temperature;
    }
}
