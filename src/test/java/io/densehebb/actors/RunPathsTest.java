package io.densehebb.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.densehebb.config.RunConfig;
import io.densehebb.observables.SlotSummary;
import io.densehebb.results.TheoryOverlay;
import io.densehebb.results.TheoryPoint;
import io.densehebb.run.RunOutcome;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole runs on actors (every message serialized) along the paths of the configuration no other test
 * runs: P = 2 and P = 3, unsupervised, full power, heat bath, sequential order, high load (alpha), the
 * explicit and linear-beta ladders, init = archetype and init = example. Each run is small; what it
 * must show:
 *
 * <ul>
 *   <li>summary.json and temperatures.csv say what was run (model, P, K from alpha, interaction, rule,
 *       order, init, ladder kind and its temperatures);</li>
 *   <li>every number they print is the measured statistic it names, to the last bit (Double.toString
 *       round-trips), and the statistics obey the relations that hold by construction: the copy average
 *       of copy_m is m, the pair average of pair_q_abs_mean is q_abs_mean, |q_mean| <= q_abs_mean,
 *       q_abs_mean^2 <= q2 <= 1, and no single pattern's <|m_mu|> exceeds m = <max_mu |m_mu|>;</li>
 *   <li>the RS curve they print (theory m, n, q) is TheoryOverlay's for the run's network at each
 *       temperature, and absent for odd P;</li>
 *   <li>a retrieval start at a cold temperature stays retrieved (m above 0.9 at the coldest slot, where
 *       the RS value is above 0.99; not asserted for the N = 30 high-load case, whose retrieval state
 *       at T = 0.4 is not stable at that size).</li>
 * </ul>
 */
class RunPathsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "P = 2 hopfield, heat bath, linear-beta, from xi^1 | model { kind = hopfield, P = 2, N = 40, K = 2 }, "
                + "dynamics { rule = heat-bath }, ladder { kind = linear-beta, t-min = 0.3, t-max = 1.5, slots = 4 }, init = archetype"
                + " | 2 | 0.9",
        "P = 4 unsupervised, full power, explicit ladder, from an example | model { kind = unsupervised, P = 4, N = 40, K = 2, "
                + "M = 5, r = 0.8, interaction = full-power }, ladder { kind = explicit, temperatures = [0.9, 0.2, 0.5] }, init = example"
                + " | 2 | 0.9",
        "P = 4 supervised at high load, sequential | model { kind = supervised, P = 4, N = 30, alpha = 0.0002, M = 10, r = 0.6 }, "
                + "dynamics { order = sequential }, ladder { kind = geometric, t-min = 0.4, t-max = 1.2, slots = 3 }, init = archetype"
                + " | 5 | 0",
        "P = 3 hopfield, metropolis, from a random start | model { kind = hopfield, P = 3, N = 30, K = 2 }, "
                + "ladder { kind = geometric, t-min = 0.5, t-max = 1.5, slots = 3 }, init = random | 2 | 0"
    })
    void aRunSaysWhatItRanAndPrintsWhatItMeasured(String name, String body, int expectedK, double coldestM, @TempDir Path dir)
            throws Exception {
        RunConfig config = ParallelTemperingRunTest.config(dir, body + "\ncopies = 3\nsweeps { burn-in = 100, measure = 400, "
                + "per-round = 5, measure-every = 5 }\nseed = 4\nthreads = 2");
        RunOutcome outcome = ParallelTemperingRunTest.run(config, dir.resolve("run"), TheoryOverlay.forRun(config));
        JsonNode summary = new ObjectMapper().readTree(outcome.runDir().resolve("summary.json").toFile());

        var network = config.network();
        assertThat(summary.get("K").asInt()).isEqualTo(expectedK).isEqualTo(network.K());
        assertThat(summary.get("model").asText()).isEqualTo(network.kind().configName());
        assertThat(summary.get("P").asInt()).isEqualTo(network.P());
        assertThat(summary.get("interaction").asText()).isEqualTo(network.interaction().configName());
        assertThat(summary.get("init").asText()).isEqualTo(config.init().configName());
        assertThat(summary.get("dynamics").get("rule").asText()).isEqualTo(config.rule().configName());
        assertThat(summary.get("dynamics").get("order").asText()).isEqualTo(config.order().configName());
        assertThat(summary.get("ladder").get("kind").asText()).isEqualTo(config.ladder().kind().configName());

        double[] ladder = config.ladder().initialTemperaturesHottestFirst();
        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(outcome.runDir().resolve("temperatures.csv"))) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        JsonNode temperatures = summary.get("temperatures");
        assertThat(temperatures.size()).isEqualTo(ladder.length).isEqualTo(rows.size());
        for (int j = 0; j < ladder.length; j++) {
            JsonNode t = temperatures.get(j);
            CSVRecord row = rows.get(j);
            int slot = t.get("slot").asInt();
            assertThat(Integer.parseInt(row.get("slot"))).isEqualTo(slot);
            assertThat(t.get("T").asDouble()).isEqualTo(Double.parseDouble(row.get("T"))).isCloseTo(ladder[slot], within(1e-12));
            if (j > 0) {
                assertThat(t.get("T").asDouble()).as("coldest first").isGreaterThan(temperatures.get(j - 1).get("T").asDouble());
            }
            SlotSummary s = outcome.results().slots().get(slot);
            assertThat(t.get("measurements").asLong()).isEqualTo(s.measurements()).isEqualTo(400 / 5);
            printed(t, row, "energy", s.energy().mean());
            printed(t, row, "energy_error", s.energy().error());
            printed(t, row, "m", s.m().mean());
            printed(t, row, "m_error", s.m().error());
            printed(t, row, "n", s.n().mean());
            printed(t, row, "q_mean", s.overlap().q().mean());
            printed(t, row, "q_abs_mean", s.overlap().absQ().mean());
            printed(t, row, "q2", s.overlap().q2().mean());
            printed(t, row, "q4", s.overlap().q4().mean());
            printed(t, row, "binder", s.overlap().binder().mean());

            double m = s.m().mean();
            assertThat(average(s.copyM())).isCloseTo(m, within(1e-12));
            assertThat(average(s.pairAbsQ())).isCloseTo(s.overlap().absQ().mean(), within(1e-12));
            assertThat(Math.abs(s.overlap().q().mean())).isLessThanOrEqualTo(s.overlap().absQ().mean() + 1e-12);
            assertThat(s.overlap().q2().mean()).isBetween(Math.pow(s.overlap().absQ().mean(), 2) - 1e-12, 1.0 + 1e-12);
            for (double patternM : s.patternAbsM()) {
                assertThat(patternM).isLessThanOrEqualTo(m + 1e-12);
            }
            assertThat(s.energy().error()).isPositive();

            // the RS curve printed is the overlay of this run's network at this temperature (none for odd P)
            List<TheoryPoint> theory = TheoryOverlay.forRun(config).apply(new double[] {ladder[slot]});
            if (network.P() % 2 == 1) {
                assertThat(theory).isEmpty();
                assertThat(t.get("theory").isNull()).isTrue();
                assertThat(row.get("theory_m")).isEmpty();
            } else {
                JsonNode printedTheory = t.get("theory");
                assertThat(printedTheory.get("m").asDouble()).isEqualTo(theory.get(0).m())
                        .isEqualTo(Double.parseDouble(row.get("theory_m")));
                assertThat(printedTheory.get("n").asDouble()).isEqualTo(theory.get(0).n());
                assertThat(printedTheory.get("q").asDouble()).isEqualTo(theory.get(0).q());
            }
        }
        SlotSummary cold = outcome.results().slots().get(indexOfMin(ladder));
        assertThat(cold.m().mean()).as("m at the coldest slot").isGreaterThanOrEqualTo(coldestM);
    }

    private static void printed(JsonNode t, CSVRecord row, String key, double value) {
        assertThat(t.get(key).asDouble()).as("summary.json %s", key).isEqualTo(value);
        assertThat(Double.parseDouble(row.get(key))).as("temperatures.csv %s", key).isEqualTo(value);
    }

    private static double average(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static int indexOfMin(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return best;
    }
}
