package io.densehebb.data;

/**
 * What the training set says about each class, with no physics beyond counting (docs/physics.md
 * section 1): the proxy archetype, the sign of the class mean of the binarised images (ties +1), and
 * the effective quality r, the mean overlap (1/N) sum_i eta_i xi_i of the class's images with it.
 *
 * @param labels     the classes, in the order of the archetype slots mu
 * @param archetypes proxy archetypes, [mu][i], +-1
 * @param counts     training images per class
 * @param r          effective quality per class, in [-1, 1] (positive: the proxy agrees with the majority)
 */
public record ClassStatistics(int[] labels, byte[][] archetypes, int[] counts, double[] r) {

    /** The proxy archetypes and effective r of {@code labels} over every image of {@code train}. */
    public static ClassStatistics of(BinaryImages train, int[] labels) {
        int n = train.n();
        int k = labels.length;
        int[] slot = new int[256];
        java.util.Arrays.fill(slot, -1);
        for (int mu = 0; mu < k; mu++) {
            slot[labels[mu]] = mu;
        }
        long[][] sums = new long[k][n];
        int[] counts = new int[k];
        for (int img = 0; img < train.count(); img++) {
            int mu = slot[train.label(img)];
            if (mu < 0) {
                continue;
            }
            counts[mu]++;
            long[] s = sums[mu];
            int base = img * n;
            for (int i = 0; i < n; i++) {
                s[i] += train.spins()[base + i];
            }
        }
        byte[][] xi = new byte[k][n];
        double[] r = new double[k];
        for (int mu = 0; mu < k; mu++) {
            if (counts[mu] == 0) {
                throw new IllegalArgumentException("no training image has label " + labels[mu]);
            }
            long agreement = 0;
            for (int i = 0; i < n; i++) {
                xi[mu][i] = sums[mu][i] >= 0 ? (byte) 1 : (byte) -1;
                // sum over the class's images of eta_i xi_i is |sum_a eta_i| whatever the sign
                agreement += Math.abs(sums[mu][i]);
            }
            r[mu] = agreement / ((double) counts[mu] * n);
        }
        return new ClassStatistics(labels.clone(), xi, counts, r);
    }

    public int classes() {
        return labels.length;
    }

    /** Dataset entropy rho = (1 - r^2) / (M r^2) of class mu with M examples. */
    public double rho(int mu, int examples) {
        return (1.0 - r[mu] * r[mu]) / (examples * r[mu] * r[mu]);
    }
}
