package io.densehebb.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PhaseDiagramCalculatorTest {

    @Test
    void hopfieldP2LinesOnASmallGrid() {
        PhaseDiagramSpec spec = new PhaseDiagramSpec(ModelKind.HOPFIELD, 2, Interaction.DISTINCT, PhasePlane.ALPHA_T,
                DatasetQuality.clean(), 0, 0, new PhaseDiagramSpec.Axis(0, 0.15, 4), new PhaseDiagramSpec.Axis(0, 1.5, 7));
        PhaseDiagram diagram = PhaseDiagramCalculator.compute(spec);
        Map<String, PhaseDiagram.PhaseLine> lines = diagram.lines().stream()
                .collect(Collectors.toMap(PhaseDiagram.PhaseLine::name, l -> l));
        assertThat(lines.get(PhaseDiagramCalculator.SPIN_GLASS).points())
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(p -> assertThat(p.y()).isCloseTo(1 + Math.sqrt(p.x()), within(1e-6)));
        assertThat(lines.get(PhaseDiagramCalculator.SPINODAL).points())
                .anySatisfy(p -> {
                    assertThat(p.x()).isZero();
                    assertThat(p.y()).isCloseTo(1, within(1e-6));
                })
                .anySatisfy(p -> {
                    assertThat(p.y()).isZero();
                    assertThat(p.x()).isCloseTo(0.138, within(1e-3));
                });
        assertThat(lines.get(PhaseDiagramCalculator.FIRST_ORDER).points()).anySatisfy(p -> {
            assertThat(p.y()).isZero();
            assertThat(p.x()).isCloseTo(0.0519, within(5e-4));
        });
        assertThat(diagram.regions()).extracting(PhaseDiagram.RegionLabel::text)
                .contains(PhaseDiagramCalculator.RETRIEVAL_REGION, PhaseDiagramCalculator.SPIN_GLASS_REGION,
                        PhaseDiagramCalculator.PARAMAGNET_REGION);
    }
}
