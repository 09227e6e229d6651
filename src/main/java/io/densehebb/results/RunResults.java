package io.densehebb.results;

import io.densehebb.config.RunConfig;
import io.densehebb.observables.ReplicaSymmetryCheck;
import io.densehebb.observables.SlotSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything a finished (or checkpointed) run reports.
 *
 * @param config       the resolved configuration
 * @param codeVersion  the version of the code that ran it
 * @param sweepsDone   sweeps done by every replica (burn-in included)
 * @param temperatures the temperature of each slot, in slot order: strictly decreasing (slot 0 hottest)
 * @param slots        the measurements of each slot, same order
 * @param swaps        tempering diagnostics; its pair k joins slots k and k + 1
 * @param theory       the RS prediction of each slot, same order, entries null where it does not apply;
 *                     an empty list when there is no theory at all
 */
public record RunResults(RunConfig config, String codeVersion, long sweepsDone, double[] temperatures, List<SlotSummary> slots,
                         SwapTable swaps, List<TheoryPoint> theory) {

    public RunResults {
        temperatures = temperatures.clone();
        slots = List.copyOf(slots);
        theory = Collections.unmodifiableList(new ArrayList<>(theory)); // List.copyOf would refuse the null entries
        if (slots.size() != temperatures.length) {
            throw new IllegalArgumentException(temperatures.length + " temperatures but " + slots.size() + " slot summaries");
        }
        if (!theory.isEmpty() && theory.size() != temperatures.length) {
            throw new IllegalArgumentException(temperatures.length + " temperatures but " + theory.size() + " theory points");
        }
        if (swaps.pairs().size() != Math.max(0, temperatures.length - 1)) {
            throw new IllegalArgumentException(temperatures.length + " temperatures but " + swaps.pairs().size() + " swap pairs");
        }
        for (int k = 1; k < temperatures.length; k++) {
            if (!(temperatures[k] < temperatures[k - 1])) {
                throw new IllegalArgumentException("slot temperatures must decrease from slot 0 (hottest): T_" + (k - 1)
                        + " = " + temperatures[k - 1] + ", T_" + k + " = " + temperatures[k]);
            }
        }
    }

    /** The slots as rows sorted by T ascending (coldest first), each with its swap acceptance towards the next hotter slot. */
    public List<TemperatureRow> byAscendingTemperature() {
        List<TemperatureRow> rows = new ArrayList<>();
        for (int slot = temperatures.length - 1; slot >= 0; slot--) {
            double acceptance = slot == 0 ? Double.NaN : swaps.pairs().get(slot - 1).acceptance();
            TheoryPoint point = theory.isEmpty() ? null : theory.get(slot);
            rows.add(new TemperatureRow(slot, temperatures[slot], slots.get(slot), acceptance, point,
                    ReplicaSymmetryCheck.judge(slots.get(slot), swaps.descentsTo(slot))));
        }
        return rows;
    }
}
