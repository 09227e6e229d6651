package io.densehebb.mc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.model.BruteForceEnergy;
import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * P = 2 to 8 (every order the model allows), both interactions, all three models. The O(terms)
 * energy and every single-flip energy change of {@link SpinState} equal the literal P-body sum of
 * docs/physics.md section 2 on all 2^N configurations. The walk visits the states in Gray
 * code order through {@link SpinState#flip}, so the incremental updates of the power sums are
 * exercised 2^N times along the way. Tolerance: 1e-12 of the largest |E| of the instance.
 */
class SpinStateEnumerationTest {

    static List<NetworkSpec> networks() {
        List<NetworkSpec> specs = new ArrayList<>();
        for (Interaction interaction : Interaction.values()) {
            for (int p = 2; p <= NetworkSpec.MAX_P; p++) {
                // full-power brute force visits all N^P ordered tuples: keep N^P at most about 2e7
                int n = interaction == Interaction.DISTINCT ? (p == 6 ? 10 : 12) : switch (p) {
                    case 2, 3 -> 12;
                    case 4 -> 10;
                    case 5 -> 9;
                    default -> p;
                };
                specs.add(new NetworkSpec(ModelKind.HOPFIELD, p, n, 3, 1, 1.0, interaction));
                specs.add(new NetworkSpec(ModelKind.SUPERVISED, p, n, 2, 3, 0.6, interaction));
                specs.add(new NetworkSpec(ModelKind.UNSUPERVISED, p, n, 2, 3, 0.5, interaction));
            }
        }
        return specs;
    }

    @ParameterizedTest
    @MethodSource("networks")
    void energyAndEveryFlipMatchBruteForce(NetworkSpec spec) {
        Network network = Network.synthetic(spec, 42);
        double[] exact = BruteForceEnergy.allEnergies(network);
        double scale = 0.0;
        for (double e : exact) {
            scale = Math.max(scale, Math.abs(e));
        }
        double tolerance = 1e-12 * scale;
        int n = spec.N();

        SpinState state = SpinState.of(new Couplings(network), BruteForceEnergy.configuration(0, n));
        int s = 0;
        for (int step = 1; step <= (1 << n); step++) {
            assertThat(state.energy()).as("E of state %s", s).isCloseTo(exact[s], within(tolerance));
            for (int i = 0; i < n; i++) {
                double expected = exact[s ^ (1 << i)] - exact[s];
                assertThat(state.deltaEnergy(i)).as("dE of flipping %d in state %s", i, s).isCloseTo(expected, within(tolerance));
            }
            if (step < (1 << n)) {
                int i = Integer.numberOfTrailingZeros(step); // Gray code: the bit that changes next
                state.flip(i);
                s ^= 1 << i;
            }
        }
        state.checkConsistency();
    }
}
