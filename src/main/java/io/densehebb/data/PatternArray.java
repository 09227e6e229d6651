package io.densehebb.data;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * A block of +-1 patterns read from a file: its shape (K x N for archetypes, K x M x N for examples)
 * and the entries in row-major (C) order, one byte each.
 */
public record PatternArray(int[] shape, byte[] values) {

    public PatternArray {
        long size = 1;
        for (int d : shape) {
            size *= d;
        }
        if (size != values.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + size + " values, got " + values.length);
        }
        shape = shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    /** The last dimension: the pattern length N. */
    public int patternLength() {
        return shape[shape.length - 1];
    }

    /** How many patterns of length N the block holds (the product of the other dimensions). */
    public int patternCount() {
        return values.length / patternLength();
    }

    /** Pattern p (row-major over all but the last dimension) as a fresh array. */
    public byte[] pattern(int p) {
        int n = patternLength();
        return Arrays.copyOfRange(values, p * n, (p + 1) * n);
    }

    /** The patterns as [p][i]. */
    public byte[][] patterns() {
        byte[][] rows = new byte[patternCount()][];
        for (int p = 0; p < rows.length; p++) {
            rows[p] = pattern(p);
        }
        return rows;
    }

    /** Entries of the user's file to +-1: either all in {-1, +1} or all in {0, 1} (0 read as -1). */
    static byte[] toSpins(long[] raw, Path file) {
        boolean hasZero = false;
        boolean hasMinusOne = false;
        for (long v : raw) {
            if (v == 0) {
                hasZero = true;
            } else if (v == -1) {
                hasMinusOne = true;
            } else if (v != 1) {
                throw new DataFileException(file, "holds the value " + v + "; pattern entries must be +-1 or 0/1");
            }
        }
        if (hasZero && hasMinusOne) {
            throw new DataFileException(file, "mixes 0 and -1; pattern entries must be all +-1 or all 0/1");
        }
        byte[] spins = new byte[raw.length];
        for (int j = 0; j < raw.length; j++) {
            spins[j] = raw[j] == 1 ? (byte) 1 : (byte) -1;
        }
        return spins;
    }
}
