package io.densehebb.data;

/**
 * Grey levels to neurons: a pixel darker than the threshold (grey > threshold) is +1, the rest -1.
 * The default threshold is half grey, 127.5, which no 8-bit pixel equals, so no tie arises. This is
 * this tool's protocol: the papers do not state theirs.
 */
public record Binarisation(double threshold) {

    public static final double HALF_GREY = 127.5;

    public Binarisation {
        if (!(threshold >= 0.0 && threshold < 255.0)) {
            throw new IllegalArgumentException("a binarisation threshold must lie in [0, 255), got " + threshold);
        }
    }

    public static Binarisation halfGrey() {
        return new Binarisation(HALF_GREY);
    }

    /** +1 for grey > threshold, -1 otherwise. */
    public byte spin(int grey) {
        return grey > threshold ? (byte) 1 : (byte) -1;
    }

    /** Every image, binarised, with its label. */
    public BinaryImages apply(LabelledImages data) {
        Images im = data.images();
        byte[] spins = new byte[im.pixels().length];
        for (int j = 0; j < spins.length; j++) {
            spins[j] = spin(im.pixels()[j] & 0xff);
        }
        return new BinaryImages(im.count(), im.rows(), im.columns(), spins, data.labels().clone(), threshold);
    }
}
