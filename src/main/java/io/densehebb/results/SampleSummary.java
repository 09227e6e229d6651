package io.densehebb.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.densehebb.config.SweepSpec;
import io.densehebb.model.InvalidParameterException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the aggregation of a sweep reads back from one run's summary.json: per temperature (coldest
 * first) the observables of {@link SweepSpec#OBSERVABLES} with their errors, the autocorrelation times,
 * the RS theory and the replica-symmetry verdict. Reading the files, not the runs in memory, makes a
 * resumed sweep aggregate exactly what an uninterrupted one does.
 */
record SampleSummary(List<Temperature> temperatures) {

    /** One temperature of one run; NaN where summary.json has null. */
    record Temperature(int slot, double T, int measurements, double[] values, double[] errors, double energyTauInt,
                       double mTauInt, double theoryM, double theoryN, double theoryQ, String verdict) {
    }

    static SampleSummary read(Path summaryJson) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(summaryJson.toFile());
        } catch (IOException e) {
            throw new InvalidParameterException("summary file", summaryJson,
                    "a summary.json as a run writes it (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        JsonNode temperatures = root.path("temperatures");
        if (!temperatures.isArray() || temperatures.isEmpty()) {
            throw new InvalidParameterException("summary file", summaryJson, "a summary.json with its temperatures");
        }
        List<Temperature> rows = new ArrayList<>();
        int count = SweepSpec.OBSERVABLES.size();
        for (JsonNode t : temperatures) {
            double[] values = new double[count];
            double[] errors = new double[count];
            for (int i = 0; i < count; i++) {
                String name = SweepSpec.OBSERVABLES.get(i);
                values[i] = number(t.path(name));
                errors[i] = number(t.path(name + "_error"));
            }
            JsonNode theory = t.path("theory");
            rows.add(new Temperature(t.path("slot").asInt(), number(t.path("T")), t.path("measurements").asInt(), values, errors,
                    number(t.path("energy_tau_int")), number(t.path("m_tau_int")), number(theory.path("m")),
                    number(theory.path("n")), number(theory.path("q")), t.path("rs").path("verdict").asText("")));
        }
        return new SampleSummary(rows);
    }

    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }
}
