package io.densehebb.model;

import io.densehebb.data.BinaryImages;
import io.densehebb.data.ClassStatistics;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Networks built from binarised images (docs/physics.md section 1, structured data): the classes are
 * the archetype slots mu, the proxy archetypes (sign of the class mean over the whole training set)
 * play the archetypes, and the examples of class mu are M of its training images, chosen without
 * replacement from the example stream of the seed. hopfield stores the proxy archetypes; supervised
 * the class averages of the M images; unsupervised the M images themselves. The network is normalised
 * with the measured r of the chosen images (their mean overlap with their proxy archetype, over all
 * classes: the only r the cost function has room for), as a network read from files would be, so
 * that the patterns a run writes rebuild the same network.
 */
public final class ImageNetwork {

    private ImageNetwork() {
    }

    /**
     * @param kind        hopfield, supervised or unsupervised
     * @param examples    M per class (ignored by hopfield)
     * @param train       the binarised training images
     * @param statistics  proxy archetypes and effective r of the chosen classes over {@code train}
     */
    public static Network build(ModelKind kind, int P, int examples, Interaction interaction, BinaryImages train,
                                ClassStatistics statistics, long seed) {
        int n = train.n();
        int k = statistics.classes();
        PatternMatrix archetypes = PatternMatrix.of(statistics.archetypes());
        if (kind == ModelKind.HOPFIELD) {
            return new Network(NetworkSpec.hopfield(P, n, k, interaction), new Dataset(archetypes, archetypes, 1));
        }
        byte[][] eta = new byte[k * examples][];
        int[][] chosen = chosenImages(train, statistics.labels(), examples, seed);
        for (int mu = 0; mu < k; mu++) {
            for (int a = 0; a < examples; a++) {
                eta[mu * examples + a] = train.image(chosen[mu][a]);
            }
        }
        Dataset dataset = new Dataset(archetypes, PatternMatrix.of(eta), examples);
        NetworkSpec spec = new NetworkSpec(kind, P, n, k, examples, dataset.meanExampleOverlap(), interaction);
        return new Network(spec, dataset);
    }

    /**
     * The training images used as examples: for class mu (label labels[mu]) the first M of a uniformly
     * random permutation of its images, drawn from the stream (seed, EXAMPLES, label), so that a class
     * gets the same images whichever other classes are chosen.
     */
    public static int[][] chosenImages(BinaryImages train, int[] labels, int examples, long seed) {
        int smallest = 0;
        for (int mu = 1; mu < labels.length; mu++) {
            if (train.countOf(labels[mu]) < train.countOf(labels[smallest])) {
                smallest = mu;
            }
        }
        int fewest = train.countOf(labels[smallest]);
        if (examples > fewest) {
            throw new InvalidParameterException("model.M", examples, "at most " + fewest + " (class " + labels[smallest]
                    + " has the fewest training images of the chosen classes)");
        }
        int[][] chosen = new int[labels.length][];
        for (int mu = 0; mu < labels.length; mu++) {
            int[] pool = train.indicesOf(labels[mu]);
            UniformRandomProvider rng = RandomStreams.create(seed, RandomStreams.Purpose.EXAMPLES, labels[mu]);
            for (int a = 0; a < examples; a++) {
                int j = a + rng.nextInt(pool.length - a);
                int tmp = pool[a];
                pool[a] = pool[j];
                pool[j] = tmp;
            }
            chosen[mu] = Arrays.copyOf(pool, examples);
        }
        return chosen;
    }
}
