package io.densehebb.results;

import io.densehebb.config.RunConfig;
import io.densehebb.data.DataSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.densehebb.mc.InitialState;
import io.densehebb.mc.PackedSpins;
import io.densehebb.mc.SweepOrder;
import io.densehebb.mc.UpdateRule;
import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import io.densehebb.model.NetworkSpec;
import io.densehebb.model.RandomStreams;
import io.densehebb.observables.ReplicaSample;
import io.densehebb.observables.ReplicaSymmetryCheck;
import io.densehebb.observables.RetrievalRule;
import io.densehebb.observables.SlotStatistics;
import io.densehebb.observables.SlotSummary;
import io.densehebb.tempering.LadderSpec;
import io.densehebb.tempering.SwapReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results folder of a small synthetic run: three temperatures, three copies, N = 64. It is written
 * once for all tests (plots take about a second each time) and once more to compare bytes.
 */
class ResultsWriterTest {

    private static final int N = 64;
    private static final int K = 2;
    private static final int COPIES = 3;

    @TempDir
    static Path dir;

    @BeforeAll
    static void write() throws IOException {
        ResultsWriter.write(dir, results());
    }

    @Test
    void writesEveryFileOfTheResultsFolder() throws IOException {
        for (String file : List.of("summary.json", "temperatures.csv", "overlaps.csv", "swaps.csv", "report.html")) {
            assertThat(dir.resolve(file)).isNotEmptyFile();
        }
        List<String> plots = List.of("m_vs_T", "energy_vs_T", "swap_acceptance", "p_of_q_map", "p_of_q_00", "p_of_q_01", "p_of_q_02");
        for (String plot : plots) {
            assertThat(dir.resolve("plots/" + plot + ".png")).isNotEmptyFile();
            assertThat(dir.resolve("plots/" + plot + ".svg")).isNotEmptyFile();
        }
        assertThat(Files.readAllBytes(dir.resolve("plots/m_vs_T.png"))).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(dir.resolve("plots/m_vs_T.svg"))).contains("<svg");
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void summaryJsonHoldsTheRequiredFields() throws IOException {
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        for (String field : List.of("model", "P", "N", "K", "M", "r", "rho", "interaction", "seed", "sweeps", "temperatures",
                "lambda", "round_trips", "round_trip_rate", "ideal_round_trip_rate", "code_version", "dynamics", "ladder")) {
            assertThat(summary.has(field)).as(field).isTrue();
        }
        assertThat(summary.get("model").asText()).isEqualTo("supervised");
        assertThat(summary.get("P").asInt()).isEqualTo(4);
        assertThat(summary.get("N").asInt()).isEqualTo(N);
        assertThat(summary.get("interaction").asText()).isEqualTo("distinct");
        assertThat(summary.get("sweeps").get("done").asLong()).isEqualTo(300);
        // every threshold of the replica-symmetry verdict travels with the numbers it judged
        JsonNode rules = summary.get("rs_rules");
        assertThat(rules.get("rs_max_outside").asDouble()).isEqualTo(ReplicaSymmetryCheck.RS_MAX_OUTSIDE);
        assertThat(rules.get("rsb_min_outside").asDouble()).isEqualTo(ReplicaSymmetryCheck.RSB_MIN_OUTSIDE);
        assertThat(rules.get("max_drift").asDouble()).isEqualTo(ReplicaSymmetryCheck.MAX_DRIFT);
        assertThat(rules.get("retrieval_false_alarm").asDouble()).isEqualTo(RetrievalRule.FALSE_ALARM);
        assertThat(rules.size()).isEqualTo(14);

        JsonNode temperatures = summary.get("temperatures");
        assertThat(temperatures).hasSize(3);
        double previous = 0;
        for (JsonNode t : temperatures) {
            for (String field : List.of("T", "beta", "energy", "energy_error", "m", "m_error", "n", "n_error", "q_mean", "q_abs_mean",
                    "q2", "q4", "binder", "binder_error", "swap_acceptance", "theory", "rs")) {
                assertThat(t.has(field)).as(field).isTrue();
            }
            assertThat(t.get("T").asDouble()).isGreaterThan(previous); // ascending T
            previous = t.get("T").asDouble();
            assertThat(t.get("beta").asDouble()).isEqualTo(1 / previous);
            assertThat(t.get("rs").get("verdict").asText()).isIn("replica-symmetric", "broken", "coexistence",
                    "not-equilibrated", "inconclusive");
        }
        assertThat(temperatures.get(0).get("swap_acceptance").asDouble()).isEqualTo(0.6); // coldest: with the middle slot
        assertThat(temperatures.get(1).get("swap_acceptance").asDouble()).isEqualTo(0.8);
        assertThat(temperatures.get(2).get("swap_acceptance").isNull()).isTrue();         // hottest: none hotter
        assertThat(temperatures.get(0).get("theory").get("m").asDouble()).isEqualTo(0.9);
        assertThat(temperatures.get(2).get("theory").isNull()).isTrue();
    }

    @Test
    void identicalResultsGiveIdenticalBytes(@TempDir Path again) throws IOException {
        ResultsWriter.write(again, results());
        List<Path> files;
        try (Stream<Path> all = Files.walk(dir)) {
            files = all.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
        assertThat(files).hasSize(5 + 2 * 7);
        for (Path file : files) {
            assertThat(Files.readAllBytes(again.resolve(file))).as(file.toString()).isEqualTo(Files.readAllBytes(dir.resolve(file)));
        }
    }

    @Test
    void tablesHaveOneRowPerTemperatureBinAndPair() throws IOException {
        List<String> temperatures = Files.readAllLines(dir.resolve("temperatures.csv"));
        assertThat(temperatures).hasSize(1 + 3);
        assertThat(temperatures.get(0)).startsWith("slot,T,beta,measurements,energy,energy_error,energy_tau_int,m,m_error");
        assertThat(temperatures.get(1)).startsWith("2,0.5,2.0,100,");
        List<String> overlaps = Files.readAllLines(dir.resolve("overlaps.csv"));
        assertThat(overlaps).hasSize(1 + 3 * (N + 1));
        assertThat(overlaps.get(0)).isEqualTo("T,q,count_raw,p_raw_per_bin,count_same_pattern,p_same_pattern_per_bin,"
                + "count_different_pattern,p_different_pattern_per_bin,count_mixed_phase,p_mixed_phase_per_bin,"
                + "count_not_retrieving,p_not_retrieving_per_bin");
        double total = overlaps.subList(1, N + 2).stream().mapToDouble(line -> Double.parseDouble(line.split(",")[3])).sum();
        assertThat(total).isCloseTo(1.0, within(1e-9));
        List<String> swaps = Files.readAllLines(dir.resolve("swaps.csv"));
        assertThat(swaps).containsExactly(
                "pair,T_hot,T_cold,attempts,accepts,acceptance,rejection,lambda,round_trips,round_trip_rate,ideal_round_trip_rate,recommended_slots",
                "0,1.5,0.8660254037844386,100,80,0.8,0.19999999999999996,0.6000000000000001,12,0.04,0.3125,2",
                "1,0.8660254037844386,0.5,100,60,0.6,0.4,0.6000000000000001,12,0.04,0.3125,2");
        String report = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(report).contains("data:image/png;base64,", "Replica symmetry", "supervised").doesNotContain("src=\"plots/");
    }

    @Test
    void writesARunWithOneTemperatureAtZeroAndNoMeasurementsYet(@TempDir Path empty) throws IOException {
        NetworkSpec network = NetworkSpec.hopfield(2, N, K, Interaction.DISTINCT);
        LadderSpec ladder = new LadderSpec(LadderSpec.Kind.EXPLICIT, 0, 0, 1, List.of(0.0));
        RunConfig config = new RunConfig(network, DataSource.synthetic(), UpdateRule.METROPOLIS, SweepOrder.SEQUENTIAL, false, ladder, 2,
                new RunConfig.Sweeps(10, 10, 10, 10), InitialState.ARCHETYPE, 1, new RunConfig.Disorder(1, 0), 1, Duration.ofSeconds(60), "runs", 0.0, false, -1);
        RunResults results = new RunResults(config, "test-1", 10, new double[] {0.0}, List.of(new SlotStatistics(N, 2, K).summary()),
                new SwapTable(List.of(), 0.0, 0, Double.NaN, 0.0, 1, List.of()), List.of());
        ResultsWriter.write(empty, results);
        JsonNode t = new ObjectMapper().readTree(empty.resolve("summary.json").toFile()).get("temperatures").get(0);
        assertThat(t.get("T").asDouble()).isZero();
        assertThat(t.get("beta").isNull()).isTrue();
        assertThat(t.get("energy").isNull()).isTrue();
        assertThat(t.get("rs").get("verdict").asText()).isEqualTo("inconclusive");
        assertThat(Files.readAllLines(empty.resolve("swaps.csv"))).hasSize(1);
        assertThat(empty.resolve("plots/p_of_q_00.png")).isNotEmptyFile();
        assertThat(empty.resolve("plots/swap_acceptance.png")).doesNotExist();
    }

    @Test
    void swapTableTakesTheTemperingReportsNumbers() {
        SwapReport report = new SwapReport(List.of(new SwapReport.Pair(0, 1.5, 1.0, 1 / 1.5, 1.0, 10, 7, 0.72, 0.28)), 0.28, 10,
                List.of(), 5, 0.25, 1 / 2.56, 0.39, 2, List.of());
        SwapTable table = SwapTable.of(report);
        assertThat(table.pairs()).containsExactly(new SwapTable.Pair(1.5, 1.0, 10, 7, 0.72));
        assertThat(table.lambda()).isEqualTo(0.28);
        assertThat(table.roundTrips()).isEqualTo(5);
        assertThat(table.roundTripRate()).isEqualTo(0.25);
        assertThat(table.idealRoundTripRate()).isEqualTo(1 / 2.56);
        assertThat(table.recommendedSlots()).isEqualTo(2);
    }

    private static RunResults results() {
        NetworkSpec network = new NetworkSpec(ModelKind.SUPERVISED, 4, N, K, 5, 0.6, Interaction.DISTINCT);
        LadderSpec ladder = new LadderSpec(LadderSpec.Kind.GEOMETRIC, 0.5, 1.5, 3, List.of());
        RunConfig config = new RunConfig(network, DataSource.synthetic(), UpdateRule.METROPOLIS, SweepOrder.RANDOM, false, ladder, COPIES,
                new RunConfig.Sweeps(100, 200, 10, 2), InitialState.RANDOM, 7, new RunConfig.Disorder(7, 0), 0, Duration.ofSeconds(60), "runs", 0.0, false, -1);
        double[] temperatures = ladder.initialTemperaturesHottestFirst();
        List<SlotSummary> slots = new ArrayList<>();
        for (int slot = 0; slot < temperatures.length; slot++) {
            slots.add(synthetic(slot, 0.05 + 0.2 * (2 - slot)));
        }
        SwapTable swaps = new SwapTable(List.of(new SwapTable.Pair(temperatures[0], temperatures[1], 100, 80, 0.8),
                new SwapTable.Pair(temperatures[1], temperatures[2], 100, 60, 0.6)), 0.2 + 0.4, 12, 0.04, 1 / 3.2, 2, List.of(-1L, 40L, 20L));
        List<TheoryPoint> theory = Arrays.asList(null, new TheoryPoint(0.7, 0.65, 0.5), new TheoryPoint(0.9, 0.85, 0.8));
        return new RunResults(config, "test-1", 300, temperatures, slots, swaps, theory);
    }

    /** 100 measurements of copies that retrieve pattern 0 with each spin flipped with probability p. */
    private static SlotSummary synthetic(int slot, double p) {
        UniformRandomProvider rng = RandomStreams.create(3, RandomStreams.Purpose.DYNAMICS, slot);
        SlotStatistics stats = new SlotStatistics(N, COPIES, K);
        for (int t = 0; t < 100; t++) {
            ReplicaSample[] samples = new ReplicaSample[COPIES];
            for (int c = 0; c < COPIES; c++) {
                byte[] sigma = new byte[N];
                int agree = 0;
                for (int i = 0; i < N; i++) {
                    sigma[i] = rng.nextDouble() < p ? (byte) -1 : (byte) 1; // pattern 0 is all +1 here
                    agree += sigma[i];
                }
                double m = agree / (double) N;
                samples[c] = new ReplicaSample(-0.5 * m * m, new double[] {m, 0.1 * rng.nextDouble()}, new double[] {0.9 * m, 0.0},
                        PackedSpins.pack(sigma));
            }
            stats.add(samples);
        }
        return stats.summary();
    }
}
