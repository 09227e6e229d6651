package io.densehebb.results;

import io.densehebb.observables.OverlapHistogram;
import io.densehebb.observables.SlotSummary;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV files of a run: tidy tables (one header line, one observation per row, '\n' line ends,
 * numbers as {@link Double#toString}, an empty field where a number is undefined). Rows are sorted by
 * T ascending, like summary.json.
 */
final class ResultTables {

    private ResultTables() {
    }

    /** temperatures.csv: one row per temperature. */
    static byte[] temperatures(RunResults results) throws IOException {
        List<String> header = List.of("slot", "T", "beta", "measurements",
                "energy", "energy_error", "energy_tau_int", "m", "m_error", "m_tau_int", "n", "n_error",
                "q_mean", "q_mean_error", "q_abs_mean", "q_abs_mean_error", "q2", "q2_error", "q4", "q4_error",
                "binder", "binder_error", "same_pattern_pair_fraction", "same_pattern_q_abs_mean", "same_pattern_q_abs_mean_error",
                "same_pattern_binder", "same_pattern_binder_error", "retrieving_copy_fraction", "retrieving_m", "retrieving_m_error",
                "retrieving_n", "retrieving_n_error", "swap_acceptance_with_next_hotter", "rs_verdict", "rs_basis",
                "theory_m", "theory_n", "theory_q", "m_minus_theory_in_errors", "n_minus_theory_in_errors",
                "q_minus_theory_in_errors", "theory_comparison");
        List<List<String>> rows = new ArrayList<>();
        for (TemperatureRow row : results.byAscendingTemperature()) {
            SlotSummary s = row.summary();
            var o = s.overlap();
            var same = s.samePatternOverlap();
            TheoryPoint theory = row.theory();
            TheoryDeviation deviation = theory == null ? null : TheoryDeviation.of(s, theory);
            rows.add(List.of(Integer.toString(row.slot()), number(row.temperature()), number(row.beta()),
                    Long.toString(s.measurements()),
                    number(s.energy().mean()), number(s.energy().error()), number(s.energy().tauInt()),
                    number(s.m().mean()), number(s.m().error()), number(s.m().tauInt()),
                    number(s.n().mean()), number(s.n().error()),
                    number(o.q().mean()), number(o.q().error()), number(o.absQ().mean()), number(o.absQ().error()),
                    number(o.q2().mean()), number(o.q2().error()), number(o.q4().mean()), number(o.q4().error()),
                    number(o.binder().mean()), number(o.binder().error()),
                    number(s.histogram().samePatternFraction()), number(same.absQ().mean()), number(same.absQ().error()),
                    number(same.binder().mean()), number(same.binder().error()),
                    number(s.retrievingFraction()), number(s.retrievingM().mean()), number(s.retrievingM().error()),
                    number(s.retrievingN().mean()), number(s.retrievingN().error()),
                    number(row.swapAcceptance()), row.verdict().verdict(), row.verdict().basis(),
                    theory == null ? "" : number(theory.m()), theory == null ? "" : number(theory.n()),
                    theory == null ? "" : number(theory.q()), deviation == null ? "" : number(deviation.m()),
                    deviation == null ? "" : number(deviation.n()), deviation == null ? "" : number(deviation.q()),
                    deviation == null ? "" : deviation.basis()));
        }
        return table(header, rows);
    }

    /**
     * overlaps.csv, long format: one row per temperature and overlap value q = -1 + 2 bin / N. Counts are
     * pair samples, raw and by pair class (observables.OverlapHistogram: both copies retrieving the same
     * pattern, different patterns, exactly one retrieving, neither); each p_*_per_bin is that histogram's
     * probability per bin (it sums to 1 over q at each T; multiply by N/2 for a density in q), empty when the
     * histogram has no samples.
     */
    static byte[] overlaps(RunResults results) throws IOException {
        List<String> header = List.of("T", "q", "count_raw", "p_raw_per_bin", "count_same_pattern", "p_same_pattern_per_bin",
                "count_different_pattern", "p_different_pattern_per_bin", "count_mixed_phase", "p_mixed_phase_per_bin",
                "count_not_retrieving", "p_not_retrieving_per_bin");
        List<List<String>> rows = new ArrayList<>();
        for (TemperatureRow row : results.byAscendingTemperature()) {
            OverlapHistogram h = row.summary().histogram();
            double[] raw = OverlapHistogram.probabilities(h.raw());
            double[] same = OverlapHistogram.probabilities(h.samePattern());
            double[] different = OverlapHistogram.probabilities(h.differentPattern());
            double[] mixed = OverlapHistogram.probabilities(h.mixedPhase());
            double[] neither = OverlapHistogram.probabilities(h.neitherRetrieving());
            String t = number(row.temperature());
            for (int bin = 0; bin <= h.spins(); bin++) {
                rows.add(List.of(t, number(h.q(bin)), Long.toString(h.raw()[bin]), number(raw[bin]),
                        Long.toString(h.samePattern()[bin]), number(same[bin]),
                        Long.toString(h.differentPattern()[bin]), number(different[bin]),
                        Long.toString(h.mixedPhase()[bin]), number(mixed[bin]),
                        Long.toString(h.neitherRetrieving()[bin]), number(neither[bin])));
            }
        }
        return table(header, rows);
    }

    /** swaps.csv: one row per neighbouring pair, hottest first, with the run-wide Lambda and round trips on every row. */
    static byte[] swaps(RunResults results) throws IOException {
        SwapTable swaps = results.swaps();
        List<String> header = List.of("pair", "T_hot", "T_cold", "attempts", "accepts", "acceptance", "rejection",
                "lambda", "round_trips", "round_trip_rate", "ideal_round_trip_rate", "recommended_slots");
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < swaps.pairs().size(); k++) {
            SwapTable.Pair p = swaps.pairs().get(k);
            rows.add(List.of(Integer.toString(k), number(p.tHot()), number(p.tCold()), Long.toString(p.attempts()),
                    Long.toString(p.accepts()), number(p.acceptance()), number(1.0 - p.acceptance()),
                    number(swaps.lambda()), Long.toString(swaps.roundTrips()), number(swaps.roundTripRate()),
                    number(swaps.idealRoundTripRate()), Integer.toString(swaps.recommendedSlots())));
        }
        return table(header, rows);
    }

    static byte[] table(List<String> header, List<List<String>> rows) throws IOException {
        StringWriter text = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator('\n').get();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Double.toString, or an empty field for NaN and infinities. */
    static String number(double x) {
        return Double.isFinite(x) ? Double.toString(x) : "";
    }
}
