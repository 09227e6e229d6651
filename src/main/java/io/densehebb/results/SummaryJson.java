package io.densehebb.results;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.densehebb.config.RunConfig;
import io.densehebb.data.DataSource;
import io.densehebb.observables.Estimate;
import io.densehebb.observables.JackknifeBlocks;
import io.densehebb.observables.OverlapMoments;
import io.densehebb.observables.ReplicaSymmetryCheck;
import io.densehebb.observables.RetrievalRule;
import io.densehebb.observables.RsVerdict;
import io.densehebb.observables.SlotSummary;
import io.densehebb.tempering.LadderSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * summary.json: the headline numbers of a run. Written key by key so that the key order is fixed, and
 * numbers as {@link Double#toString} (shortest round-trip text, independent of the locale), so that
 * identical results give identical bytes. Nothing here depends on the machine: no timestamps, thread
 * counts or timings. Undefined numbers (NaN, and beta at T = 0) are written as null.
 */
final class SummaryJson {

    /** Above this many archetypes the per-pattern magnetisations are left out (K grows like N^(P-1) at high load). */
    static final int MAX_PATTERNS_LISTED = 64;

    private SummaryJson() {
    }

    static byte[] render(RunResults results) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator json = new JsonFactory().createGenerator(bytes).setPrettyPrinter(printer)) {
            write(json, results);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static void write(JsonGenerator json, RunResults results) throws IOException {
        RunConfig config = results.config();
        var network = config.network();
        json.writeStartObject();
        json.writeStringField("model", network.kind().configName());
        json.writeNumberField("P", network.P());
        json.writeNumberField("N", network.N());
        json.writeNumberField("K", network.K());
        json.writeNumberField("M", network.M());
        number(json, "r", network.r());
        number(json, "rho", network.rho());
        json.writeStringField("interaction", network.interaction().configName());
        json.writeStringField("dataset", config.dataset().name());
        writeDataSource(json, config.dataset());
        json.writeNumberField("seed", config.seed());
        json.writeNumberField("copies", config.copies());
        json.writeStringField("init", config.init().configName());
        json.writeObjectFieldStart("dynamics");
        json.writeStringField("rule", config.rule().configName());
        json.writeStringField("order", config.order().configName());
        json.writeEndObject();
        writeLadder(json, config.ladder());
        writeSweeps(json, config.sweeps(), results.sweepsDone());
        SwapTable swaps = results.swaps();
        number(json, "lambda", swaps.lambda());
        json.writeNumberField("round_trips", swaps.roundTrips());
        number(json, "round_trip_rate", swaps.roundTripRate());
        number(json, "ideal_round_trip_rate", swaps.idealRoundTripRate());
        json.writeNumberField("recommended_slots", swaps.recommendedSlots());
        json.writeStringField("code_version", results.codeVersion());
        writeConventions(json);
        writeRsRules(json);
        json.writeArrayFieldStart("temperatures");
        for (TemperatureRow row : results.byAscendingTemperature()) {
            writeTemperature(json, row);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Only for real data: which classes, how pixels became spins, and whose protocol that is. */
    private static void writeDataSource(JsonGenerator json, DataSource source) throws IOException {
        if (source.images()) {
            json.writeArrayFieldStart("classes");
            for (int label : source.classLabels()) {
                json.writeNumber(label);
            }
            json.writeEndArray();
            number(json, "binarisation_threshold", source.threshold());
            json.writeStringField("data_protocol", DataProtocol.IMAGES);
        } else if (source.kind() == DataSource.Kind.FILE) {
            json.writeStringField("archetypes_file", source.archetypes().toString());
            json.writeStringField("examples_file", source.examples() == null ? null : source.examples().toString());
        }
    }

    private static void writeLadder(JsonGenerator json, LadderSpec ladder) throws IOException {
        json.writeObjectFieldStart("ladder");
        json.writeStringField("kind", ladder.kind().configName());
        number(json, "t_min", ladder.tMin());
        number(json, "t_max", ladder.tMax());
        json.writeNumberField("slots", ladder.slots());
        json.writeArrayFieldStart("explicit_temperatures");
        for (double t : ladder.temperatures()) {
            number(json, t);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeSweeps(JsonGenerator json, RunConfig.Sweeps sweeps, long done) throws IOException {
        json.writeObjectFieldStart("sweeps");
        json.writeNumberField("burn_in", sweeps.burnIn());
        json.writeNumberField("measure", sweeps.measure());
        json.writeNumberField("per_round", sweeps.perRound());
        json.writeNumberField("measure_every", sweeps.measureEvery());
        json.writeNumberField("done", done);
        json.writeEndObject();
    }

    private static void writeConventions(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("conventions");
        json.writeStringField("temperatures", "sorted by T ascending (coldest first); slot is the ladder index, 0 = hottest");
        json.writeStringField("energy", "energy per spin E/N, units of docs/physics.md section 2");
        json.writeStringField("m", "|m_mu*| of the largest overlap mu* = argmax_mu |m_mu| of each copy, averaged over copies; n likewise; "
                + "retrieving: the same over the copies that retrieve a pattern (|m_mu*| > s sqrt(2 ln(2K / 0.001)), s the noise "
                + "scale of the other overlaps, at least 1/sqrt(N))");
        json.writeStringField("q", "q_ab over all pairs of copies a < b; same_pattern: only pairs whose copies both retrieve the same pattern");
        json.writeStringField("errors", "binning errors of the copy- or pair-averaged series; binder_error by jackknife over blocks");
        json.writeStringField("swap_acceptance", "mean acceptance probability of swaps with the next hotter temperature "
                + "(the next entry); null for the hottest");
        json.writeStringField("rs", "replica-symmetry verdict from P(q): replica-symmetric, broken, coexistence, not-equilibrated "
                + "or inconclusive; rules and thresholds in rs_rules and docs/physics.md section 4");
        json.writeStringField("theory", "deviation_in_errors compares like with like: basis says which Monte Carlo numbers");
        json.writeStringField("null", "undefined: no data, fewer than two measurements, or beta at T = 0");
        json.writeEndObject();
    }

    private static void writeTemperature(JsonGenerator json, TemperatureRow row) throws IOException {
        SlotSummary s = row.summary();
        json.writeStartObject();
        json.writeNumberField("slot", row.slot());
        number(json, "T", row.temperature());
        number(json, "beta", row.beta());
        json.writeNumberField("measurements", s.measurements());
        estimate(json, "energy", s.energy());
        number(json, "energy_tau_int", s.energy().tauInt());
        estimate(json, "m", s.m());
        number(json, "m_tau_int", s.m().tauInt());
        estimate(json, "n", s.n());
        json.writeObjectFieldStart("retrieving");
        number(json, "copy_fraction", s.retrievingFraction());
        estimate(json, "m", s.retrievingM());
        estimate(json, "n", s.retrievingN());
        json.writeEndObject();
        moments(json, s.overlap());
        number(json, "swap_acceptance", row.swapAcceptance());
        json.writeObjectFieldStart("same_pattern");
        number(json, "pair_fraction", s.histogram().samePatternFraction());
        json.writeNumberField("measurements", s.samePatternOverlap().measurements());
        moments(json, s.samePatternOverlap());
        json.writeEndObject();
        array(json, "copy_m", s.copyM());
        array(json, "pair_q_abs_mean", s.pairAbsQ());
        if (s.patternAbsM().length <= MAX_PATTERNS_LISTED) {
            array(json, "pattern_abs_m", s.patternAbsM());
        }
        verdict(json, row.verdict());
        if (row.theory() == null) {
            json.writeNullField("theory");
        } else {
            json.writeObjectFieldStart("theory");
            number(json, "m", row.theory().m());
            number(json, "n", row.theory().n());
            number(json, "q", row.theory().q());
            TheoryDeviation d = TheoryDeviation.of(s, row.theory());
            json.writeObjectFieldStart("deviation_in_errors");
            number(json, "m", d.m());
            number(json, "n", d.n());
            number(json, "q", d.q());
            json.writeStringField("basis", d.basis());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** The thresholds of every rule of the verdict, so that a reader of summary.json needs no source code. */
    private static void writeRsRules(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("rs_rules");
        json.writeNumberField("min_measurements", ReplicaSymmetryCheck.MIN_MEASUREMENTS);
        json.writeNumberField("min_pair_samples", ReplicaSymmetryCheck.MIN_PAIR_SAMPLES);
        number(json, "window_widths", ReplicaSymmetryCheck.WINDOW_WIDTHS);
        number(json, "rs_max_outside", ReplicaSymmetryCheck.RS_MAX_OUTSIDE);
        number(json, "rsb_min_outside", ReplicaSymmetryCheck.RSB_MIN_OUTSIDE);
        number(json, "phase_min_fraction", ReplicaSymmetryCheck.PHASE_MIN_FRACTION);
        number(json, "max_dip_ratio", ReplicaSymmetryCheck.MAX_DIP_RATIO);
        number(json, "min_mode_separation", ReplicaSymmetryCheck.MIN_MODE_SEPARATION);
        json.writeNumberField("min_descents_per_copy", ReplicaSymmetryCheck.MIN_DESCENTS_PER_COPY);
        number(json, "max_drift", ReplicaSymmetryCheck.MAX_DRIFT);
        number(json, "drift_stretch_tau_int", JackknifeBlocks.SUPER_BLOCK_TAUS);
        json.writeNumberField("drift_min_stretches", JackknifeBlocks.MIN_DRIFT_BLOCKS);
        number(json, "min_effective_measurements", ReplicaSymmetryCheck.MIN_EFFECTIVE);
        number(json, "retrieval_false_alarm", RetrievalRule.FALSE_ALARM);
        json.writeEndObject();
    }

    private static void moments(JsonGenerator json, OverlapMoments moments) throws IOException {
        estimate(json, "q_mean", moments.q());
        estimate(json, "q_abs_mean", moments.absQ());
        estimate(json, "q2", moments.q2());
        estimate(json, "q4", moments.q4());
        estimate(json, "binder", moments.binder());
    }

    private static void verdict(JsonGenerator json, RsVerdict v) throws IOException {
        json.writeObjectFieldStart("rs");
        json.writeStringField("verdict", v.verdict());
        json.writeStringField("basis", v.basis());
        json.writeNumberField("pair_samples", v.pairSamples());
        number(json, "qbar", v.qbar());
        number(json, "width", v.width());
        number(json, "expected_width", v.expectedWidth());
        number(json, "window", v.window());
        number(json, "weight_outside", v.weightOutside());
        number(json, "second_qbar", v.secondQbar());
        number(json, "second_weight_outside", v.secondWeightOutside());
        number(json, "pair_spread", v.pairSpread());
        number(json, "retrieving_fraction", v.retrievingFraction());
        number(json, "mixed_pair_fraction", v.mixedPairFraction());
        number(json, "dip_ratio", v.dipRatio());
        if (v.descents() >= 0) {
            json.writeNumberField("descents", v.descents());
        } else {
            json.writeNullField("descents");
        }
        number(json, "max_drift", v.maxDrift());
        number(json, "min_effective_measurements", v.minEffective());
        json.writeStringField("reason", v.reason());
        json.writeEndObject();
    }

    private static void estimate(JsonGenerator json, String name, Estimate e) throws IOException {
        number(json, name, e.mean());
        number(json, name + "_error", e.error());
    }

    private static void array(JsonGenerator json, String name, double[] values) throws IOException {
        json.writeArrayFieldStart(name);
        for (double v : values) {
            number(json, v);
        }
        json.writeEndArray();
    }

    private static void number(JsonGenerator json, String name, double value) throws IOException {
        json.writeFieldName(name);
        number(json, value);
    }

    private static void number(JsonGenerator json, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumber(Double.toString(value));
        } else {
            json.writeNull();
        }
    }
}
