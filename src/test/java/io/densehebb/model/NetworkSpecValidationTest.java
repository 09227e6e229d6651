package io.densehebb.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad parameters are refused with a message naming the parameter, the value and the allowed range. */
class NetworkSpecValidationTest {

    @ParameterizedTest(name = "{0}: P={1} N={2} K={3} M={4} r={5}")
    @CsvSource({
        "model.P, 1, 100, 2, 5, 0.5, 1, an integer from 2 to 8",
        "model.P, 9, 100, 2, 5, 0.5, 9, an integer from 2 to 8",
        "model.N, 4, 3, 2, 5, 0.5, 3, an integer >= P = 4",
        "model.K, 2, 100, 0, 5, 0.5, 0, an integer >= 1",
        "model.M, 2, 100, 2, 0, 0.5, 0, an integer >= 1",
        "model.r, 2, 100, 2, 5, 0.0, 0.0, 'a number in (0, 1]'",
        "model.r, 2, 100, 2, 5, 1.5, 1.5, 'a number in (0, 1]'",
        "model.r, 2, 100, 2, 5, -0.2, -0.2, 'a number in (0, 1]'"
    })
    void refusesOutOfRange(String parameter, int p, int n, int k, int m, double r, String value, String allowed) {
        assertThatThrownBy(() -> new NetworkSpec(ModelKind.SUPERVISED, p, n, k, m, r, Interaction.DISTINCT))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage(parameter + " = " + value + " is not allowed: " + allowed);
    }

    @Test
    void refusesUnknownNames() {
        assertThatThrownBy(() -> ModelKind.parse("model.kind", "hebbian"))
                .hasMessage("model.kind = hebbian is not allowed: one of hopfield | supervised | unsupervised");
        assertThatThrownBy(() -> Interaction.parse("model.interaction", "all"))
                .hasMessage("model.interaction = all is not allowed: one of distinct | full-power");
    }

    @Test
    void hopfieldIsTheCleanDataLimit() {
        NetworkSpec spec = new NetworkSpec(ModelKind.HOPFIELD, 4, 100, 2, 7, 0.3, Interaction.DISTINCT);
        assertThat(spec.M()).isEqualTo(1);
        assertThat(spec.r()).isEqualTo(1.0);
        assertThat(spec.rho()).isZero();
        assertThat(spec.R()).isEqualTo(1.0);
    }

    @Test
    void datasetEntropyAndQualityAreConsistent() {
        NetworkSpec spec = new NetworkSpec(ModelKind.SUPERVISED, 4, 100, 2, 20, 0.4, Interaction.DISTINCT);
        assertThat(spec.rho()).isCloseTo((1 - 0.16) / (20 * 0.16), within(1e-15));
        assertThat(spec.R()).isCloseTo(0.16 * (1 + spec.rho()), within(1e-15));
        assertThat(NetworkSpec.qualityFor(spec.rho(), 20)).isCloseTo(0.4, within(1e-15));
        assertThatThrownBy(() -> NetworkSpec.qualityFor(-0.1, 20)).hasMessageContaining("model.rho = -0.1");
    }
}
