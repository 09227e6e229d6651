package io.densehebb.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Network#energy} (power sums and Newton's identities, O(N K P)) equals the literal P-body sum. */
class NetworkEnergyTest {

    @ParameterizedTest
    @CsvSource({
        "hopfield, 2, 10, distinct", "hopfield, 4, 10, distinct", "hopfield, 6, 10, distinct", "hopfield, 3, 10, full-power",
        "supervised, 2, 10, distinct", "supervised, 3, 10, distinct", "supervised, 4, 10, full-power", "supervised, 6, 10, distinct",
        "unsupervised, 2, 10, full-power", "unsupervised, 4, 10, distinct", "unsupervised, 6, 7, full-power"
    })
    void energyOfEveryStateMatchesTheTupleSum(String kind, int p, int n, String interaction) {
        NetworkSpec spec = new NetworkSpec(ModelKind.parse("kind", kind), p, n, 2, 4, 0.7,
                Interaction.parse("interaction", interaction));
        Network network = Network.synthetic(spec, 7);
        double[] exact = BruteForceEnergy.allEnergies(network);
        double scale = 0.0;
        for (double e : exact) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int s = 0; s < exact.length; s++) {
            assertThat(network.energy(BruteForceEnergy.configuration(s, n))).isCloseTo(exact[s], within(1e-12 * scale));
        }
    }
}
