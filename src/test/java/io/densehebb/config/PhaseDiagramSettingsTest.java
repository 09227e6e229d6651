package io.densehebb.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import io.densehebb.model.InvalidParameterException;
import io.densehebb.model.ModelKind;
import io.densehebb.theory.DatasetQuality;
import io.densehebb.theory.PhaseDiagramSpec;
import io.densehebb.theory.PhasePlane;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PhaseDiagramSettingsTest {

    private static final String AXES = "x { min = 0, max = 1, points = 5 }, y { min = 0, max = 1.2, points = 5 }";

    private static PhaseDiagramSpec bind(String block) {
        return PhaseDiagramSettings.bind(ConfigFactory.parseString("densehebb.phase-diagram { " + block + " }"));
    }

    @Test
    void bindsARhoTPlane() {
        PhaseDiagramSpec spec = bind("model = supervised, P = 4, plane = rho-T, " + AXES);
        assertThat(spec.plane()).isEqualTo(PhasePlane.RHO_T);
        assertThat(spec.model()).isEqualTo(ModelKind.SUPERVISED);
        assertThat(spec.alpha()).isZero();
        assertThat(spec.x().points()).isEqualTo(5);
    }

    @Test
    void bindsAFiniteSampleForTheAlphaTPlane() {
        PhaseDiagramSpec spec = bind("model = supervised, P = 2, plane = alpha-T, M = 10, r = 0.6, " + AXES);
        assertThat(spec.data()).isEqualTo(DatasetQuality.finiteSample(10, 0.6));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "model = supervised, P = 4, plane = rho-T, colour = 1, " + AXES + "| densehebb.phase-diagram.colour",
        "model = supervised, P = four, plane = rho-T, " + AXES + "| densehebb.phase-diagram.P",
        "model = supervised, P = 4.5, plane = rho-T, " + AXES + "| densehebb.phase-diagram.P",
        "model = supervised, P = 3, plane = rho-T, " + AXES + "| densehebb.phase-diagram.P",
        "model = supervised, P = 4, plane = rho-T, T = 0.5, " + AXES + "| densehebb.phase-diagram.T",
        "model = supervised, P = 4, plane = alpha-T, M = 5, " + AXES + "| densehebb.phase-diagram.M",
        "model = supervised, P = 4, plane = alpha-T, rho = -1, " + AXES + "| densehebb.phase-diagram.rho",
        "model = supervised, P = 4, plane = rho-T, alpha = -0.1, " + AXES + "| densehebb.phase-diagram.alpha",
        "model = supervised, P = 4, plane = x-y, " + AXES + "| densehebb.phase-diagram.plane",
        "model = supervised, P = 4, plane = rho-T, x { min = 0, max = 1, points = 1 }, y { min = 0, max = 1, points = 5 }"
                + "| densehebb.phase-diagram.x.points",
        "model = supervised, P = 4, plane = rho-T, x { min = 1, max = 0, points = 5 }, y { min = 0, max = 1, points = 5 }"
                + "| densehebb.phase-diagram.x.max",
        "model = supervised, P = 4, plane = rho-T, x { min = 0, max = 1, points = 5, step = 2 }, "
                + "y { min = 0, max = 1, points = 5 }| densehebb.phase-diagram.x.step",
        "model = supervised, P = 4, plane = rho-T| densehebb.phase-diagram.x",
        "model = hopfield, P = 4, plane = rho-T, " + AXES + "| densehebb.phase-diagram.plane",
        "model = unsupervised, P = 4, plane = rho-T, alpha = 0.01, " + AXES + "| densehebb.phase-diagram.rho"})
    void refusesNamingTheKey(String block, String key) {
        assertThatThrownBy(() -> bind(block)).isInstanceOf(InvalidParameterException.class)
                .satisfies(e -> assertThat(((InvalidParameterException) e).parameter()).isEqualTo(key));
    }

    @Test
    void refusesAMissingBlock() {
        assertThatThrownBy(() -> PhaseDiagramSettings.bind(ConfigFactory.parseString("densehebb.model.P = 2")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("densehebb.phase-diagram");
    }
}
