package io.densehebb.mc;

import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which kernel runs where, and the fallback when the Vector API is absent. */
class KernelSelectionTest {

    @Test
    void theTestsRunWithTheVectorModuleAndUseIt() {
        // surefire passes --add-modules jdk.incubator.vector (pom property test.jvm.args)
        assertThat(FlipKernels.vectorModulePresent()).isTrue();
        assertThat(FlipKernels.vectorKernelsEnabled()).isTrue();
    }

    @ParameterizedTest(name = "{0} P={1} {2}")
    @CsvSource({
        "hopfield,     2, distinct,   pair-vector,  pair-scalar",
        "hopfield,     2, full-power, pair-vector,  pair-scalar",
        "unsupervised, 2, distinct,   pair-vector,  pair-scalar",
        "hopfield,     3, distinct,   table-vector, table-scalar",
        "hopfield,     4, distinct,   table-vector, table-scalar",
        "unsupervised, 4, distinct,   table-vector, table-scalar",
        "hopfield,     4, full-power, table-vector, table-scalar",
        "hopfield,     6, distinct,   table-vector, table-scalar",
        "supervised,   2, distinct,   pair-int-vector, general-scalar",
        "supervised,   2, full-power, pair-int-vector, general-scalar",
        "supervised,   4, distinct,   general-scalar, general-scalar",
        "supervised,   4, full-power, general-scalar, general-scalar"
    })
    void kernelsFollowTheData(String model, int p, String interaction, String withVector, String withoutVector) {
        NetworkSpec spec = new NetworkSpec(ModelKind.parse("model", model), p, 60, 5, 4, 0.5, Interaction.parse("i", interaction));
        Couplings c = new Couplings(Network.synthetic(spec, 3));
        byte[] sigma = KernelEqualityTest.randomSpins(60, 1);
        assertThat(FlipKernels.create(c, sigma.clone(), KernelChoice.AUTO, true).name()).startsWith(withVector);
        // the fallback: the same choice when the module is absent, and the scalar choice
        assertThat(FlipKernels.create(c, sigma.clone(), KernelChoice.AUTO, false).name()).isEqualTo(withoutVector);
        assertThat(FlipKernels.create(c, sigma.clone(), KernelChoice.SCALAR, true).name()).isEqualTo(withoutVector);
        assertThat(FlipKernels.create(c, sigma.clone(), KernelChoice.REFERENCE, true).name()).isEqualTo("reference");
    }

    @Test
    void aJvmWithoutTheVectorModuleFallsBackToTheScalarKernels() throws Exception {
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String[] flags : new String[][] {{}, {"--add-modules", "jdk.incubator.vector", "-Ddensehebb.vector=false"},
            {"--add-modules", "jdk.incubator.vector"}}) {
            List<String> command = new ArrayList<>(List.of(javaBinary));
            command.addAll(List.of(flags));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), FallbackProbe.class.getName()));
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.getErrorStream().readAllBytes();
            assertThat(process.waitFor()).isZero();
            if (flags.length == 0) {
                assertThat(out).isEqualTo("module=false enabled=false pair=pair-scalar table=table-scalar");
            } else if (flags.length == 3) {
                assertThat(out).isEqualTo("module=true enabled=false pair=pair-scalar table=table-scalar");
            } else {
                assertThat(out).startsWith("module=true enabled=true pair=pair-vector").contains("table=table-vector");
            }
        }
    }

    @Test
    void theFallbackKernelsRunAChainLikeTheVectorOnes() {
        Network network = Network.synthetic(NetworkSpec.hopfield(4, 200, 30, Interaction.DISTINCT), 4);
        Couplings c = new Couplings(network);
        byte[] start = KernelEqualityTest.randomSpins(200, 2);
        SpinState vector = SpinState.withKernel(c, start, KernelChoice.AUTO, true);
        SpinState scalar = SpinState.withKernel(c, start, KernelChoice.AUTO, false);
        assertThat(vector.kernelName()).startsWith("table-vector");
        assertThat(scalar.kernelName()).isEqualTo("table-scalar");
        MonteCarloChain a = new MonteCarloChain(vector, UpdateRule.METROPOLIS, SweepOrder.RANDOM, 0.8,
                io.densehebb.model.RandomStreams.create(1, io.densehebb.model.RandomStreams.Purpose.DYNAMICS, 0));
        MonteCarloChain b = new MonteCarloChain(scalar, UpdateRule.METROPOLIS, SweepOrder.RANDOM, 0.8,
                io.densehebb.model.RandomStreams.create(1, io.densehebb.model.RandomStreams.Purpose.DYNAMICS, 0));
        for (int s = 0; s < 20; s++) {
            assertThat(a.sweep()).isEqualTo(b.sweep());
        }
        assertThat(a.state().spins()).isEqualTo(b.state().spins());
    }

    @Test
    void moreTermsThanSpinsUseLocalFieldsWithAndWithoutTheVectorApi() {
        Couplings c = new Couplings(Network.synthetic(NetworkSpec.hopfield(2, 50, 80, Interaction.DISTINCT), 3));
        byte[] sigma = KernelEqualityTest.randomSpins(50, 1);
        assertThat(FlipKernels.create(c, sigma.clone(), KernelChoice.AUTO, true).name()).startsWith("pair-field-vector");
        assertThat(FlipKernels.create(c, sigma.clone(), KernelChoice.AUTO, false).name()).isEqualTo("pair-field-scalar");
        assertThat(FlipKernels.create(c, sigma.clone(), KernelChoice.SCALAR, true).name()).isEqualTo("pair-field-scalar");
        int[] j = c.pairMatrix();
        for (int a = 0; a < 50; a++) {
            for (int b = 0; b < 50; b++) {
                int expected = 0;
                for (int t = 0; t < 80; t++) {
                    expected += c.weight(a, t) * c.weight(b, t);
                }
                assertThat(j[a * 50 + b]).isEqualTo(expected);
            }
        }
    }

    @Test
    void outsideTheExactRegimeOnlyTheReferenceRuns() {
        // P = 8 with N = 400: e_7 of 399 variables reaches C(399, 7) ~ 3e14, times 2 K * 4 > 2^60 for K = 1000
        Couplings c = new Couplings(Network.synthetic(NetworkSpec.hopfield(8, 400, 1000, Interaction.DISTINCT), 1));
        assertThat(c.exact).isFalse();
        byte[] sigma = KernelEqualityTest.randomSpins(400, 1);
        assertThat(FlipKernels.create(c, sigma, KernelChoice.AUTO, true).name()).isEqualTo("reference");
    }

    @Test
    void describeNamesTheKernelWithoutAState() {
        Couplings c = new Couplings(Network.synthetic(NetworkSpec.hopfield(2, 100, 16, Interaction.DISTINCT), 1));
        assertThat(FlipKernels.describe(c, KernelChoice.AUTO)).startsWith("pair-vector");
        assertThat(FlipKernels.describe(c, KernelChoice.REFERENCE)).isEqualTo("reference");
    }
}
