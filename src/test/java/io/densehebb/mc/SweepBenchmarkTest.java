package io.densehebb.mc;

import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sweep allocates nothing once compiled. Not a timing test: the figure is the heap the sweeping
 * thread allocated while measured, which a kernel whose Vector API calls fell back to boxed vectors
 * (JDK 17 does this for calls on rarely taken paths) drives to hundreds of kilobytes per sweep. The
 * retrieval starts are the cases that once did: P = 4 from xi^1 keeps |p1| of one term at N, which
 * sends the table kernel down its rare paths (rescans, blocks, the 16-bit split).
 */
class SweepBenchmarkTest {

    @ParameterizedTest(name = "{0} P={1} N={2} K={3} from {4}")
    @CsvSource({
        "hopfield,   4, 1000, 16,  archetype",
        "hopfield,   4, 1000, 16,  random",
        "hopfield,   4, 300,  200, archetype",
        "hopfield,   3, 200,  40,  archetype",
        "hopfield,   6, 60,   100, archetype",
        "hopfield,   2, 1000, 96,  archetype",
        "supervised, 2, 1000, 96,  archetype"
    })
    void aCompiledSweepAllocatesNothing(String model, int p, int n, int k, String init) {
        NetworkSpec spec = new NetworkSpec(ModelKind.parse("model", model), p, n, k, 20, 0.4, Interaction.DISTINCT);
        SweepBenchmark.Setup setup = new SweepBenchmark.Setup(UpdateRule.METROPOLIS, SweepOrder.RANDOM, 2.0 / 3.0, 1,
                2.0, 1.0, 1, KernelChoice.AUTO, 1, InitialState.parse("init", init));
        SweepBenchmark.Result result = SweepBenchmark.run(Network.synthetic(spec, 1), setup);
        assertThat(result.kernel()).contains("vector");
        assertThat(result.sweeps()).isPositive();
        // boxed vectors cost 48 bytes or more each, several per 8 terms of every attempt
        assertThat(result.allocatedBytesPerSweep()).as("%s, %s", spec, result.kernel()).isBetween(0.0, 1024.0);
    }
}
