package io.densehebb.results;

import io.densehebb.config.SweepSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The two tables of a sweep, long format (one observation per row, one column per variable), so that
 * {@code pandas.read_csv} or R's {@code read.csv} loads either in one line. The sweep's keys are the
 * first columns, named as written ({@code model.N}), with their values as given (strings unquoted).
 * Numbers are Double.toString; undefined ones are empty fields.
 */
final class SweepTables {

    private SweepTables() {
    }

    /** samples.csv: one row per point, sample and temperature, with the run's own values, errors and seeds. */
    static byte[] samples(SweepResults results) throws IOException {
        List<String> header = new ArrayList<>(results.spec().keys());
        header.addAll(List.of("sample", "T"));
        for (String o : SweepSpec.OBSERVABLES) {
            header.add(o);
            if (!o.equals("swap_acceptance")) {
                header.add(o + "_error");
            }
        }
        header.addAll(List.of("energy_tau_int", "m_tau_int", "measurements", "rs_verdict", "theory_m", "theory_n", "theory_q",
                "disorder_seed", "seed", "folder"));
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < results.runs().size(); r++) {
            SweepResults.Run run = results.runs().get(r);
            for (SampleSummary.Temperature t : results.summaries().get(r).temperatures()) {
                List<String> row = coordinates(run.coordinates());
                row.add(Integer.toString(run.sample()));
                row.add(ResultTables.number(t.T()));
                for (int o = 0; o < SweepSpec.OBSERVABLES.size(); o++) {
                    row.add(ResultTables.number(t.values()[o]));
                    if (!SweepSpec.OBSERVABLES.get(o).equals("swap_acceptance")) {
                        row.add(ResultTables.number(t.errors()[o]));
                    }
                }
                row.addAll(List.of(ResultTables.number(t.energyTauInt()), ResultTables.number(t.mTauInt()),
                        Integer.toString(t.measurements()), t.verdict(), ResultTables.number(t.theoryM()),
                        ResultTables.number(t.theoryN()), ResultTables.number(t.theoryQ()), Long.toString(run.disorderSeed()),
                        Long.toString(run.seed()), "points/" + run.folder()));
                rows.add(row);
            }
        }
        return ResultTables.table(header, rows);
    }

    /**
     * sweep.csv: one row per point and temperature: for every observable its mean over samples, the
     * sample-to-sample standard deviation and the standard error of the mean, then the RS theory, then
     * how far to trust the row (T_sd, the largest tau_int, mixing = ok | slow, the samples' verdicts).
     */
    static byte[] sweep(SweepResults results) throws IOException {
        List<String> header = new ArrayList<>(results.spec().keys());
        header.addAll(List.of("T", "samples"));
        for (String o : SweepSpec.OBSERVABLES) {
            header.addAll(List.of(o, o + "_sd", o + "_error"));
        }
        header.addAll(List.of("theory_m", "theory_n", "theory_q", "T_sd", "max_tau_int", "mixing", "rs_verdicts"));
        List<List<String>> rows = new ArrayList<>();
        for (SweepResults.PointRow p : results.points()) {
            List<String> row = coordinates(p.coordinates());
            row.add(ResultTables.number(p.T()));
            row.add(Integer.toString(p.samples()));
            for (int o = 0; o < SweepSpec.OBSERVABLES.size(); o++) {
                row.addAll(List.of(ResultTables.number(p.mean()[o]), ResultTables.number(p.sd()[o]), ResultTables.number(p.error()[o])));
            }
            row.addAll(List.of(ResultTables.number(p.theoryM()), ResultTables.number(p.theoryN()), ResultTables.number(p.theoryQ()),
                    ResultTables.number(p.temperatureSpread()), ResultTables.number(p.maxTauInt()),
                    SweepResults.slowlyMixing(p) ? "slow" : "ok", verdicts(p.verdicts())));
            rows.add(row);
        }
        return ResultTables.table(header, rows);
    }

    static String verdicts(Map<String, Integer> verdicts) {
        return verdicts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    /** A coordinate's value as a table cell: HOCON text, a string without its quotes. */
    static String cell(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    private static List<String> coordinates(List<SweepSpec.Coordinate> coordinates) {
        List<String> row = new ArrayList<>();
        coordinates.forEach(c -> row.add(cell(c.value())));
        return row;
    }
}
