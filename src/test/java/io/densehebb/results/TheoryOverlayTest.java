package io.densehebb.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import io.densehebb.model.NetworkSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which RS problem a run is compared with. */
class TheoryOverlayTest {

    @Test
    void onePatternIsLowLoadAtAnySize() {
        // docs/physics.md section 6: P = 2 Hopfield, low load, T = 0.5: m = tanh(2 m) = 0.9575. With one
        // pattern there is no pattern noise, so N = 100 (K / N = 0.01) must not be read as high load.
        List<TheoryPoint> points = TheoryOverlay.points(NetworkSpec.hopfield(2, 100, 1, Interaction.DISTINCT), new double[] {0.5});
        assertThat(points.get(0).m()).isCloseTo(0.9575, within(1e-4));
    }

    @Test
    void onePatternLearnedFromExamplesKeepsTcOneAtP2() {
        // docs/physics.md section 6: P = 2 supervised at low load has T_c = 1 for every M and r
        NetworkSpec spec = new NetworkSpec(ModelKind.SUPERVISED, 2, 200, 1, 2, 0.3, Interaction.DISTINCT);
        assertThat(TheoryOverlay.points(spec, new double[] {0.9}).get(0).m()).isPositive();
        assertThat(TheoryOverlay.points(spec, new double[] {1.1}).get(0).m()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void severalPatternsAtFiniteLoadKeepTheirNoise() {
        // alpha = 0.03 at T = 0.1 lies below the AGS thermodynamic line: retrieval is selected, with
        // m below the noiseless value by the pattern noise
        double noiseless = TheoryOverlay.points(NetworkSpec.hopfield(2, 100, 1, Interaction.DISTINCT), new double[] {0.1}).get(0).m();
        double loaded = TheoryOverlay.points(NetworkSpec.hopfield(2, 100, 3, Interaction.DISTINCT), new double[] {0.1}).get(0).m();
        assertThat(loaded).isGreaterThan(0.9).isLessThan(noiseless - 1e-7);
    }
}
