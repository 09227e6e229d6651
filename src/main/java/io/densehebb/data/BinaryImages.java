package io.densehebb.data;

import java.util.Arrays;

/**
 * Binarised images: +-1 spins, one byte each, image after image (image k, pixel i at k * N + i), with
 * their labels and the threshold they were binarised at. Read-only after construction, so one copy is
 * shared by every network a JVM builds from it.
 */
public record BinaryImages(int count, int rows, int columns, byte[] spins, byte[] labels, double threshold) {

    public BinaryImages {
        if ((long) count * rows * columns != spins.length || labels.length != count) {
            throw new IllegalArgumentException("inconsistent binary images: " + count + " x " + rows + " x " + columns
                    + ", " + spins.length + " spins, " + labels.length + " labels");
        }
    }

    /** Pixels per image: the number of neurons N. */
    public int n() {
        return rows * columns;
    }

    public int label(int k) {
        return labels[k] & 0xff;
    }

    public int spin(int k, int i) {
        return spins[k * n() + i];
    }

    /** Image k as a fresh array of N spins. */
    public byte[] image(int k) {
        int n = n();
        return Arrays.copyOfRange(spins, k * n, (k + 1) * n);
    }

    /** The indices of the images with label {@code label}, ascending. */
    public int[] indicesOf(int label) {
        return java.util.stream.IntStream.range(0, count).filter(k -> label(k) == label).toArray();
    }

    /**
     * The images whose label is one of {@code classes}, in their order, at most {@code limit} of them
     * (0 = no limit): a copy, so the subset is as compact as the whole.
     */
    public BinaryImages subset(int[] classes, int limit) {
        boolean[] wanted = new boolean[256];
        for (int label : classes) {
            wanted[label] = true;
        }
        int[] keep = java.util.stream.IntStream.range(0, count).filter(k -> wanted[label(k)])
                .limit(limit == 0 ? Long.MAX_VALUE : limit).toArray();
        int n = n();
        byte[] s = new byte[keep.length * n];
        byte[] l = new byte[keep.length];
        for (int j = 0; j < keep.length; j++) {
            System.arraycopy(spins, keep[j] * n, s, j * n, n);
            l[j] = labels[keep[j]];
        }
        return new BinaryImages(keep.length, rows, columns, s, l, threshold);
    }

    /** How many images carry {@code label}. */
    public int countOf(int label) {
        int c = 0;
        for (byte b : labels) {
            if ((b & 0xff) == label) {
                c++;
            }
        }
        return c;
    }
}
