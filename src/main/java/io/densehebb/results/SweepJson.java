package io.densehebb.results;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.densehebb.config.SweepSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * sweep.json: the sweep's definition, its runs with their seeds and folders, and per point and
 * temperature the disorder averages. Each temperature's {@code disorder_average} object holds, per
 * observable, the mean over samples, the sample standard deviation and the standard error; estimators
 * that are functions of the whole set of samples (sample-to-sample fluctuation parameters of the
 * overlap) belong in that object too. Fixed key order and Double.toString numbers, as summary.json:
 * the same runs give the same bytes.
 */
final class SweepJson {

    private SweepJson() {
    }

    static byte[] render(SweepResults results, long seed) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator json = new JsonFactory().createGenerator(bytes).setPrettyPrinter(printer)) {
            write(json, results, seed);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static void write(JsonGenerator json, SweepResults results, long seed) throws IOException {
        SweepSpec spec = results.spec();
        json.writeStartObject();
        json.writeObjectFieldStart("sweep");
        json.writeNumberField("seed", seed);
        json.writeNumberField("samples", spec.samples());
        axes(json, "grid", spec.grid());
        axes(json, "zip", spec.zip());
        json.writeArrayFieldStart("keys");
        for (String key : spec.keys()) {
            json.writeString(key);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("conventions");
        json.writeStringField("disorder_average", "per observable: mean over disorder samples, sd = sample standard deviation "
                + "(n - 1), error = sd / sqrt(samples); null with one sample");
        json.writeStringField("temperatures", "matched by ladder slot, coldest first; T is the samples' mean, T_sd their spread");
        json.writeStringField("mixing", "slow when some sample has fewer than 50 independent measurements of energy or m");
        json.writeStringField("seeds", "disorder_seed and seed derive from the sweep's seed, the point's coordinates and the sample");
        json.writeEndObject();
        json.writeArrayFieldStart("points");
        int run = 0;
        int row = 0;
        while (run < results.runs().size()) {
            List<SweepSpec.Coordinate> coordinates = results.runs().get(run).coordinates();
            json.writeStartObject();
            json.writeObjectFieldStart("coordinates");
            for (SweepSpec.Coordinate c : coordinates) {
                json.writeFieldName(c.key());
                json.writeRawValue(c.value()); // HOCON's concise form of a value is JSON
            }
            json.writeEndObject();
            json.writeArrayFieldStart("runs");
            while (run < results.runs().size() && results.runs().get(run).coordinates().equals(coordinates)) {
                SweepResults.Run r = results.runs().get(run++);
                json.writeStartObject();
                json.writeNumberField("sample", r.sample());
                json.writeStringField("folder", "points/" + r.folder());
                json.writeNumberField("disorder_seed", r.disorderSeed());
                json.writeNumberField("seed", r.seed());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("temperatures");
            while (row < results.points().size() && results.points().get(row).coordinates().equals(coordinates)) {
                temperature(json, results.points().get(row++));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void axes(JsonGenerator json, String name, List<SweepSpec.Axis> axes) throws IOException {
        json.writeObjectFieldStart(name);
        for (SweepSpec.Axis axis : axes) {
            json.writeArrayFieldStart(axis.key());
            for (String value : axis.values()) {
                json.writeRawValue(value);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void temperature(JsonGenerator json, SweepResults.PointRow p) throws IOException {
        json.writeStartObject();
        json.writeNumberField("slot", p.slot());
        number(json, "T", p.T());
        number(json, "T_sd", p.temperatureSpread());
        json.writeNumberField("samples", p.samples());
        json.writeObjectFieldStart("disorder_average");
        for (int o = 0; o < SweepSpec.OBSERVABLES.size(); o++) {
            json.writeObjectFieldStart(SweepSpec.OBSERVABLES.get(o));
            number(json, "mean", p.mean()[o]);
            number(json, "sd", p.sd()[o]);
            number(json, "error", p.error()[o]);
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeObjectFieldStart("theory");
        number(json, "m", p.theoryM());
        number(json, "n", p.theoryN());
        number(json, "q", p.theoryQ());
        json.writeEndObject();
        number(json, "max_tau_int", p.maxTauInt());
        json.writeStringField("mixing", SweepResults.slowlyMixing(p) ? "slow" : "ok");
        json.writeObjectFieldStart("rs_verdicts");
        for (Map.Entry<String, Integer> v : p.verdicts().entrySet()) {
            json.writeNumberField(v.getKey(), v.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String name, double value) throws IOException {
        json.writeFieldName(name);
        if (Double.isFinite(value)) {
            json.writeNumber(Double.toString(value));
        } else {
            json.writeNull();
        }
    }
}
