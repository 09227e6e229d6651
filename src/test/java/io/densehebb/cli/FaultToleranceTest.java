package io.densehebb.cli;

import static io.densehebb.cli.CliTesting.execute;
import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.io.CheckpointStore;
import io.densehebb.run.RunFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replicas that throw: passing faults, however frequent, are replayed to the same numbers; a fault
 * that repeats on every attempt of a round stops the run in one line with a checkpoint to resume from.
 */
class FaultToleranceTest {

    /**
     * 300 rounds, 4 replicas: at a fault rate of 0.4 each replica fails about 120 times, more than the
     * 100 restarts a minute an earlier supervisor allowed.
     */
    private static final String CONFIG = """
            densehebb {
              model { kind = hopfield, P = 4, N = 30, K = 2 }
              ladder { t-min = 0.5, t-max = 1.5, slots = 2 }
              copies = 2
              sweeps { burn-in = 100, measure = 1400, per-round = 5, measure-every = 10 }
              seed = 4
              checkpoint-every = 1h
            }
            """;

    @Test
    void frequentPassingFaultsGiveTheResultsOfAFaultFreeRun(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("faults.conf");
        Files.writeString(conf, CONFIG);
        assertThat(execute("run", conf.toString(), "--out", dir.resolve("clean").toString()).exitCode()).isZero();
        CliTesting.Result faulty = execute("run", conf.toString(), "--out", dir.resolve("faulty").toString(),
                "--set", "testing.fault-rate=0.4");
        assertThat(faulty.exitCode()).as(faulty.err()).isZero();
        for (String file : CliTesting.RESULT_FILES) {
            assertThat(Files.readAllBytes(dir.resolve("faulty").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("clean").resolve(file)));
        }
    }

    /**
     * Both ways: the same run with a replica that fails at round 120 on every attempt stops with exit
     * 1 and one line naming the replica, the round and the cause, keeps a checkpoint at the end of
     * round 119, and once the fault is gone resumes from it to the fault-free results.
     */
    @Test
    void aFaultThatRepeatsStopsTheRunWithAResumableCheckpoint(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("faults.conf");
        Files.writeString(conf, CONFIG);
        Path clean = dir.resolve("clean");
        assertThat(execute("run", conf.toString(), "--out", clean.toString()).exitCode()).isZero();

        Path stuck = dir.resolve("stuck");
        CliTesting.Result r = execute("run", conf.toString(), "--out", stuck.toString(), "--set", "testing.failing-round=120");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(Main.EXIT_INTERNAL);
        assertThat(r.line()).doesNotContain("\n")
                .startsWith("densehebb: replica (copy 0, slot 0) failed at round 120 on each of its 5 attempts ("
                        + "io.densehebb.actors.FaultInjector$InjectedFault: injected fault in replica (copy 0, slot 0) at round 120"
                        + "): a fault that repeats, not a passing one; the run stopped and its checkpoint at the end of round 119"
                        + " is kept; once the cause is fixed: densehebb run --resume " + stuck)
                .endsWith("(details in " + stuck.resolve(RunFolder.LOG) + ")");
        assertThat(CheckpointStore.file(stuck)).exists();
        assertThat(stuck.resolve(RunFolder.SUMMARY)).doesNotExist();

        Path runConf = stuck.resolve(RunFolder.RUN_CONF);
        Files.writeString(runConf, Files.readString(runConf).replace("failing-round = 120", "failing-round = -1"));
        CliTesting.Result resumed = execute("run", "--resume", stuck.toString());
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        for (String file : CliTesting.RESULT_FILES) {
            assertThat(Files.readAllBytes(stuck.resolve(file))).as(file).isEqualTo(Files.readAllBytes(clean.resolve(file)));
        }
    }
}
