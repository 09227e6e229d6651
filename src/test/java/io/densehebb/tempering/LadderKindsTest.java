package io.densehebb.tempering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.model.InvalidParameterException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ladders of LadderSpec as ReplicaExchange starts them, fixed ladders staying fixed, and bad input. */
class LadderKindsTest {

    @Test
    void geometricLadderHasAConstantTemperatureRatio() {
        ReplicaExchange pt = new ReplicaExchange(new LadderSpec(LadderSpec.Kind.GEOMETRIC, 0.5, 2.0, 5, List.of()), 1, 1, 0);
        double[] t = pt.temperatures();
        assertThat(t[0]).isEqualTo(2.0);
        assertThat(t[4]).isEqualTo(0.5);
        for (int k = 0; k < 4; k++) {
            assertThat(t[k + 1] / t[k]).isCloseTo(Math.pow(0.25, 0.25), within(1e-12));
        }
        assertBetasAreInverseTemperatures(pt);
    }

    @Test
    void linearBetaLadderHasEqualBetaSteps() {
        ReplicaExchange pt = new ReplicaExchange(new LadderSpec(LadderSpec.Kind.LINEAR_BETA, 0.25, 1.0, 4, List.of()), 1, 1, 0);
        assertThat(pt.betas()).containsExactly(new double[] {1.0, 2.0, 3.0, 4.0}, within(1e-12));
        assertBetasAreInverseTemperatures(pt);
    }

    @Test
    void explicitLadderIsSortedHottestFirst() {
        ReplicaExchange pt = new ReplicaExchange(new LadderSpec(LadderSpec.Kind.EXPLICIT, 0, 0, 0, List.of(0.8, 2.0, 0.5, 1.25)), 2, 1, 0);
        assertThat(pt.slots()).isEqualTo(4);
        assertThat(pt.copies()).isEqualTo(2);
        assertThat(pt.temperatures()).containsExactly(2.0, 1.25, 0.8, 0.5);
        assertThat(pt.betas()).containsExactly(new double[] {0.5, 0.8, 1.25, 2.0}, within(1e-15));
    }

    @Test
    void adaptiveLadderStartsGeometric() {
        LadderSpec adaptive = new LadderSpec(LadderSpec.Kind.ADAPTIVE, 0.5, 2.0, 5, List.of());
        LadderSpec geometric = new LadderSpec(LadderSpec.Kind.GEOMETRIC, 0.5, 2.0, 5, List.of());
        assertThat(new ReplicaExchange(adaptive, 1, 1, 100).betas()).containsExactly(geometric.initialBetas());
    }

    @Test
    void fixedLaddersNeverAdapt() {
        for (LadderSpec.Kind kind : new LadderSpec.Kind[] {LadderSpec.Kind.GEOMETRIC, LadderSpec.Kind.LINEAR_BETA}) {
            LadderSpec spec = new LadderSpec(kind, 0.5, 2.0, 4, List.of());
            ReplicaExchange pt = new ReplicaExchange(spec, 1, 1, 400);
            for (int r = 0; r < 400; r++) {
                pt.exchange(r, new double[][] {{0, -0.4 * (r % 3), -1.0, -2.5}});
                assertThat(pt.adaptLadder(r)).isFalse();
            }
            assertThat(pt.betas()).containsExactly(spec.initialBetas());
            assertThat(pt.report().adaptations()).isEmpty();
            assertThat(pt.report().rounds()).isEqualTo(400);
        }
    }

    @Test
    void reportDescribesEachPairWithItsTemperaturesAndBetas() {
        ReplicaExchange pt = new ReplicaExchange(new LadderSpec(LadderSpec.Kind.LINEAR_BETA, 0.25, 1.0, 4, List.of()), 1, 1, 0);
        pt.exchange(0, new double[][] {{0, 0, 0, 0}});
        SwapReport.Pair pair = pt.report().pairs().get(2);
        assertThat(pair.slot()).isEqualTo(2);
        assertThat(pair.beta()).isCloseTo(3.0, within(1e-12));
        assertThat(pair.nextBeta()).isCloseTo(4.0, within(1e-12));
        assertThat(pair.temperature()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(pair.nextTemperature()).isCloseTo(0.25, within(1e-12));
        assertThat(pt.report().pairs().get(1).acceptanceRate()).as("not attempted yet").isNaN();
    }

    @Test
    void badInputIsRefusedWithTheParameterNamed() {
        LadderSpec spec = new LadderSpec(LadderSpec.Kind.GEOMETRIC, 0.5, 2.0, 3, List.of());
        assertThatThrownBy(() -> new ReplicaExchange(spec, 0, 1, 0)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("copies = 0");
        assertThatThrownBy(() -> new ReplicaExchange(spec, 1, 1, -1)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("burn-in rounds = -1");
        ReplicaExchange pt = new ReplicaExchange(spec, 2, 1, 0);
        assertThatThrownBy(() -> pt.exchange(0, new double[][] {{0, 0, 0}})).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("one row per copy (2)");
        assertThatThrownBy(() -> pt.exchange(0, new double[][] {{0, 0, 0}, {0, 0}})).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("one energy per slot (3)");
        assertThatThrownBy(() -> pt.exchange(0, new double[][] {{0, 0, 0}, {0, Double.NaN, 0}}))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("finite energies");
        pt.exchange(5, new double[][] {{0, 0, 0}, {0, 0, 0}});
        assertThatThrownBy(() -> pt.exchange(5, new double[][] {{0, 0, 0}, {0, 0, 0}}))
                .as("a round replayed without restoring a snapshot").isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("round = 5");
        assertThatThrownBy(() -> pt.adaptLadder(4)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("the round of the last exchange (5)");
    }

    private static void assertBetasAreInverseTemperatures(ReplicaExchange pt) {
        double[] b = pt.betas();
        double[] t = pt.temperatures();
        for (int k = 0; k < b.length; k++) {
            assertThat(b[k] * t[k]).isCloseTo(1.0, within(1e-12));
        }
        assertThat(b).isSorted();
    }
}
