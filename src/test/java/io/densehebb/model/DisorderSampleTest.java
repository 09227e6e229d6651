package io.densehebb.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The disorder sample index: sample 0 is the disorder runs have always drawn; other samples are fresh draws. */
class DisorderSampleTest {

    private static final NetworkSpec SPEC = new NetworkSpec(ModelKind.SUPERVISED, 4, 300, 3, 5, 0.5, Interaction.DISTINCT);

    @Test
    void sampleZeroIsTheDisorderOfThePlainSeed() {
        Dataset plain = SyntheticDataset.generate(SPEC, 9);
        Dataset zero = SyntheticDataset.generate(SPEC, 9, 0);
        assertThat(zero.archetypes().neuronMajorCopy()).isEqualTo(plain.archetypes().neuronMajorCopy());
        assertThat(zero.examples().neuronMajorCopy()).isEqualTo(plain.examples().neuronMajorCopy());
    }

    @Test
    void sampleZeroDrawsItsArchetypesFromStreamZeroOfTheSeed() {
        // the first archetype's first spins, drawn by hand from the archetype stream with id 0
        var rng = RandomStreams.create(9, RandomStreams.Purpose.ARCHETYPES, 0);
        Dataset zero = SyntheticDataset.generate(SPEC, 9, 0);
        for (int i = 0; i < 64; i++) {
            assertThat(zero.archetypes().get(0, i)).isEqualTo(rng.nextBoolean() ? 1 : -1);
        }
    }

    @Test
    void everySampleIsItsOwnDrawAndTheSameSampleIsTheSameDraw() {
        Dataset one = SyntheticDataset.generate(SPEC, 9, 1);
        Dataset two = SyntheticDataset.generate(SPEC, 9, 2);
        assertThat(one.archetypes().neuronMajorCopy()).isNotEqualTo(SyntheticDataset.generate(SPEC, 9, 0).archetypes().neuronMajorCopy());
        assertThat(one.archetypes().neuronMajorCopy()).isNotEqualTo(two.archetypes().neuronMajorCopy());
        assertThat(one.examples().neuronMajorCopy()).isNotEqualTo(two.examples().neuronMajorCopy());
        assertThat(SyntheticDataset.generate(SPEC, 9, 2).examples().neuronMajorCopy()).isEqualTo(two.examples().neuronMajorCopy());
    }

    @Test
    void aNegativeSampleIsRefused() {
        assertThatThrownBy(() -> SyntheticDataset.generate(SPEC, 9, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
