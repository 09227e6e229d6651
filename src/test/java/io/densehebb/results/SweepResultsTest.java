package io.densehebb.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.config.SweepSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disorder average of a sweep, on summaries whose numbers are known: mean over samples, the
 * sample standard deviation (n - 1) and the standard error sd / sqrt(n), per point and temperature.
 */
class SweepResultsTest {

    @TempDir
    Path dir;

    /** A summary.json with what the aggregation reads: two temperatures, m and energy given, the rest fixed. */
    private Path summary(String name, double m, double energy, double tauInt, int measurements) throws IOException {
        String temperature = """
                { "slot": %d, "T": %s, "measurements": %d, "energy": %s, "energy_error": 0.01, "energy_tau_int": %s,
                  "m": %s, "m_error": 0.02, "m_tau_int": 0.5, "n": %s, "n_error": 0.02, "q_abs_mean": 0.8, "q_abs_mean_error": 0.01,
                  "q2": 0.7, "q2_error": 0.01, "binder": 0.9, "binder_error": 0.01, "swap_acceptance": %s,
                  "rs": { "verdict": "replica-symmetric" }, "theory": %s }""";
        String cold = String.format(Locale.ROOT, temperature, 1, "0.5", measurements, energy, tauInt, m, m, "0.4",
                "{ \"m\": 0.95, \"n\": 0.95, \"q\": 0.9 }");
        String hot = String.format(Locale.ROOT, temperature, 0, "1.5", measurements, energy / 2, tauInt, m / 2, m / 2, "null", "null");
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, "{ \"temperatures\": [" + cold + ", " + hot + "] }");
        return file;
    }

    @Test
    void meansSpreadsAndStandardErrorsOverSamples() throws IOException {
        SweepSpec spec = new SweepSpec(List.of(new SweepSpec.Axis("model.N", List.of("100", "200"))), List.of(), 3, List.of());
        List<SweepResults.Run> runs = new ArrayList<>();
        double[] m = {0.90, 0.92, 0.97};
        for (int s = 0; s < 3; s++) {
            runs.add(new SweepResults.Run(List.of(new SweepSpec.Coordinate("model.N", "100")), s, "N=100_sample=" + s, 7, 8 + s,
                    summary("a" + s, m[s], -0.4, 0.5, 1000)));
        }
        runs.add(new SweepResults.Run(List.of(new SweepSpec.Coordinate("model.N", "200")), 0, "N=200_sample=0", 9, 10,
                summary("b", 0.5, -0.2, 40.0, 1000)));

        SweepResults results = SweepResults.read(spec, runs);

        assertThat(results.points()).hasSize(4);
        SweepResults.PointRow cold = results.points().get(0);
        int mIndex = SweepSpec.OBSERVABLES.indexOf("m");
        double mean = (0.90 + 0.92 + 0.97) / 3;
        double sd = Math.sqrt(((0.90 - mean) * (0.90 - mean) + (0.92 - mean) * (0.92 - mean) + (0.97 - mean) * (0.97 - mean)) / 2);
        assertThat(cold.T()).isEqualTo(0.5);
        assertThat(cold.samples()).isEqualTo(3);
        assertThat(cold.mean()[mIndex]).isCloseTo(mean, within(1e-15));
        assertThat(cold.sd()[mIndex]).isCloseTo(sd, within(1e-15));
        assertThat(cold.error()[mIndex]).isCloseTo(sd / Math.sqrt(3), within(1e-15));
        assertThat(cold.theoryM()).isEqualTo(0.95);
        assertThat(SweepResults.slowlyMixing(cold)).isFalse();
        assertThat(cold.verdicts()).containsEntry("replica-symmetric", 3);

        SweepResults.PointRow hot = results.points().get(1);
        assertThat(hot.mean()[SweepSpec.OBSERVABLES.indexOf("swap_acceptance")]).isNaN(); // the hottest slot has no next pair
        assertThat(hot.theoryM()).isNaN();

        SweepResults.PointRow single = results.points().get(2);
        assertThat(single.sd()[mIndex]).isNaN(); // one sample: no sample-to-sample spread, and no error bar claimed
        assertThat(single.error()[mIndex]).isNaN();
        assertThat(SweepResults.slowlyMixing(single)).isTrue(); // 1000 measurements / (2 * 40) = 12.5 independent ones

        String csv = new String(SweepTables.sweep(results), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("model.N,T,samples,energy,energy_sd,energy_error,m,m_sd,m_error,"
                + "n,n_sd,n_error,q_abs_mean,q_abs_mean_sd,q_abs_mean_error,q2,q2_sd,q2_error,binder,binder_sd,binder_error,"
                + "swap_acceptance,swap_acceptance_sd,swap_acceptance_error,theory_m,theory_n,theory_q,T_sd,max_tau_int,mixing,rs_verdicts");
        assertThat(csv.lines().skip(3).findFirst().orElseThrow()).startsWith("200,0.5,1,-0.2,,,0.5,,,").endsWith(",slow,replica-symmetric=1");
        String samples = new String(SweepTables.samples(results), StandardCharsets.UTF_8);
        assertThat(samples.lines().skip(1).findFirst().orElseThrow()).startsWith("100,0,0.5,-0.4,0.01,0.9,0.02,").endsWith(",7,8,points/N=100_sample=0");
    }
}
