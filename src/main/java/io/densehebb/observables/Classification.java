package io.densehebb.observables;

/**
 * The labels a network gives a set of inputs, against their true classes: the predicted class of an
 * input is the archetype slot whose overlap with the final state is largest (ties: the lower slot).
 * Classes are slots mu = 0..K-1; an input whose true label is not one of the classes is not counted.
 *
 * @param truth     true slot of each input
 * @param predicted predicted slot of each input
 * @param classes   K
 */
public record Classification(int[] truth, int[] predicted, int classes) {

    /** The slot of the largest overlap. */
    public static int decide(double[] overlaps) {
        int best = 0;
        for (int mu = 1; mu < overlaps.length; mu++) {
            if (overlaps[mu] > overlaps[best]) {
                best = mu;
            }
        }
        return best;
    }

    public int inputs() {
        return truth.length;
    }

    /** confusion[true][predicted]: how many inputs of class true were given class predicted. */
    public long[][] confusion() {
        long[][] c = new long[classes][classes];
        for (int j = 0; j < truth.length; j++) {
            c[truth[j]][predicted[j]]++;
        }
        return c;
    }

    /** The fraction of inputs labelled correctly. */
    public double accuracy() {
        int right = 0;
        for (int j = 0; j < truth.length; j++) {
            if (truth[j] == predicted[j]) {
                right++;
            }
        }
        return right / (double) truth.length;
    }

    /** Binomial standard error of the accuracy, sqrt(a (1 - a) / n). */
    public double accuracyError() {
        double a = accuracy();
        return Math.sqrt(a * (1 - a) / truth.length);
    }

    /** Per class, the fraction of its inputs labelled correctly (NaN for a class with no input). */
    public double[] perClassAccuracy() {
        long[][] c = confusion();
        double[] acc = new double[classes];
        for (int mu = 0; mu < classes; mu++) {
            long total = 0;
            for (long x : c[mu]) {
                total += x;
            }
            acc[mu] = total == 0 ? Double.NaN : c[mu][mu] / (double) total;
        }
        return acc;
    }
}
