package io.densehebb.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.densehebb.data.BinaryImages;
import io.densehebb.data.ClassStatistics;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Networks from images: which images become examples, what each kind stores, and the r it is normalised with. */
class ImageNetworkTest {

    /** 30 images of 2 x 3 pixels, labels 0, 1, 2 in turn; image k is +1 on pixel (k mod 6) and on pixel 0. */
    static BinaryImages images() {
        int count = 30;
        byte[] spins = new byte[count * 6];
        byte[] labels = new byte[count];
        Arrays.fill(spins, (byte) -1);
        for (int k = 0; k < count; k++) {
            labels[k] = (byte) (k % 3);
            spins[k * 6] = 1;
            spins[k * 6 + k % 6] = 1;
        }
        return new BinaryImages(count, 2, 3, spins, labels, 127.5);
    }

    @Test
    void examplesAreDistinctImagesOfTheirClassChosenByTheSeedAlone() {
        BinaryImages train = images();
        int[][] chosen = ImageNetwork.chosenImages(train, new int[] {2, 0}, 4, 9);
        for (int a = 0; a < 4; a++) {
            assertThat(train.label(chosen[0][a])).isEqualTo(2);
            assertThat(train.label(chosen[1][a])).isEqualTo(0);
        }
        assertThat(new HashSet<>(Arrays.stream(chosen[0]).boxed().toList())).hasSize(4);
        // class 0 gets the same images whether or not class 2 is chosen too, and other ones for another seed
        assertThat(ImageNetwork.chosenImages(train, new int[] {0}, 4, 9)[0]).isEqualTo(chosen[1]);
        Set<String> draws = new HashSet<>();
        for (long seed = 0; seed < 5; seed++) {
            draws.add(Arrays.toString(ImageNetwork.chosenImages(train, new int[] {0}, 4, seed)[0]));
        }
        assertThat(draws).hasSizeGreaterThan(1);
        assertThatThrownBy(() -> ImageNetwork.chosenImages(train, new int[] {0, 1}, 11, 9))
                .isInstanceOf(InvalidParameterException.class).hasMessage("model.M = 11 is not allowed: at most 10 "
                        + "(class 0 has the fewest training images of the chosen classes)");
    }

    @Test
    void eachKindStoresWhatItShouldWithTheMeasuredQuality() {
        BinaryImages train = images();
        int[] labels = {0, 1, 2};
        ClassStatistics stats = ClassStatistics.of(train, labels);
        Network hopfield = ImageNetwork.build(ModelKind.HOPFIELD, 4, 5, Interaction.DISTINCT, train, stats, 3);
        assertThat(hopfield.spec()).isEqualTo(NetworkSpec.hopfield(4, 6, 3, Interaction.DISTINCT));
        for (int mu = 0; mu < 3; mu++) {
            assertThat(hopfield.dataset().archetypes().pattern(mu)).isEqualTo(stats.archetypes()[mu]);
        }
        Network supervised = ImageNetwork.build(ModelKind.SUPERVISED, 4, 5, Interaction.DISTINCT, train, stats, 3);
        Network unsupervised = ImageNetwork.build(ModelKind.UNSUPERVISED, 4, 5, Interaction.DISTINCT, train, stats, 3);
        int[][] chosen = ImageNetwork.chosenImages(train, labels, 5, 3);
        for (int mu = 0; mu < 3; mu++) {
            for (int a = 0; a < 5; a++) {
                assertThat(supervised.dataset().examples().pattern(mu * 5 + a)).isEqualTo(train.image(chosen[mu][a]));
                assertThat(unsupervised.dataset().examples().pattern(mu * 5 + a)).isEqualTo(train.image(chosen[mu][a]));
            }
        }
        // class 0 is images 0, 3, ..., 27: all +1 on pixel 0, half of them on pixel 3 (a tie, so +1)
        assertThat(stats.archetypes()[0]).containsExactly(1, -1, -1, 1, -1, -1);
        double r = supervised.dataset().meanExampleOverlap();
        assertThat(supervised.spec().r()).isEqualTo(r);
        assertThat(unsupervised.spec()).isEqualTo(new NetworkSpec(ModelKind.UNSUPERVISED, 4, 6, 3, 5, r, Interaction.DISTINCT));
    }
}
