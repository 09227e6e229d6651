package io.densehebb.results;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Grids of patterns as PNG pictures: each pattern a rows x columns tile (+1 black ink, -1 white paper,
 * or grey levels for averages in [-1, 1]), tiles magnified and separated by a mid-grey gutter, one
 * row of the grid per row of the given array.
 */
public final class PatternPictures {

    private static final int SCALE = 4;
    private static final int GUTTER = 2;
    private static final int GUTTER_GREY = 0x90;

    private PatternPictures() {
    }

    /**
     * @param grid    grid[row][column][i]: values in [-1, 1] (+1 = black), null for an empty tile
     * @param rows    tile height in pixels of the pattern
     * @param columns tile width
     */
    public static byte[] png(double[][][] grid, int rows, int columns) {
        int gridColumns = 0;
        for (double[][] row : grid) {
            gridColumns = Math.max(gridColumns, row.length);
        }
        int tileW = columns * SCALE;
        int tileH = rows * SCALE;
        int width = GUTTER + gridColumns * (tileW + GUTTER);
        int height = GUTTER + grid.length * (tileH + GUTTER);
        BufferedImage image = new BufferedImage(Math.max(width, 1), Math.max(height, 1), BufferedImage.TYPE_BYTE_GRAY);
        int gutter = GUTTER_GREY * 0x010101;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, gutter);
            }
        }
        for (int gy = 0; gy < grid.length; gy++) {
            for (int gx = 0; gx < grid[gy].length; gx++) {
                double[] pattern = grid[gy][gx];
                if (pattern == null) {
                    continue;
                }
                int x0 = GUTTER + gx * (tileW + GUTTER);
                int y0 = GUTTER + gy * (tileH + GUTTER);
                for (int i = 0; i < pattern.length; i++) {
                    int grey = (int) Math.round(255 * (1 - (Math.max(-1, Math.min(1, pattern[i])) + 1) / 2));
                    int rgb = grey * 0x010101;
                    int px = x0 + (i % columns) * SCALE;
                    int py = y0 + (i / columns) * SCALE;
                    for (int dy = 0; dy < SCALE; dy++) {
                        for (int dx = 0; dx < SCALE; dx++) {
                            image.setRGB(px + dx, py + dy, rgb);
                        }
                    }
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A +-1 pattern as the values a tile shows. */
    public static double[] tile(byte[] spins) {
        double[] v = new double[spins.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = spins[i];
        }
        return v;
    }
}
