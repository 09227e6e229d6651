package io.densehebb.data;

/**
 * Grey-level images as stored in IDX files: {@code count} images of rows x columns unsigned bytes
 * (0 = white background, 255 = full ink), image after image, row-major. The array is owned: nobody
 * writes to it after construction.
 */
public record Images(int count, int rows, int columns, byte[] pixels) {

    public Images {
        if ((long) count * rows * columns != pixels.length) {
            throw new IllegalArgumentException(count + " x " + rows + " x " + columns + " images need "
                    + (long) count * rows * columns + " pixels, got " + pixels.length);
        }
    }

    /** Pixels per image: the number of neurons N. */
    public int size() {
        return rows * columns;
    }

    /** Grey level of pixel i of image k, 0..255. */
    public int grey(int k, int i) {
        return pixels[k * size() + i] & 0xff;
    }
}
