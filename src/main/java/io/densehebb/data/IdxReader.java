package io.densehebb.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads the IDX format of LeCun's MNIST files (and Fashion-MNIST's): a big-endian magic number
 * {@code 0x00 0x00 type rank}, one big-endian int per dimension, then the unsigned bytes in row-major
 * order. Only the unsigned-byte type (0x08) is used by image data sets; images have rank 3, labels
 * rank 1. Plain files and gzip files (recognised by their own magic bytes, not by the name) are read
 * alike. Every defect is a {@link DataFileException} naming the file.
 */
public final class IdxReader {

    static final int UNSIGNED_BYTE = 0x08;
    private static final int GZIP_MAGIC = 0x1f8b;

    private IdxReader() {
    }

    /** An IDX file of rank 3 (count x rows x columns) as unsigned bytes. */
    public static Images readImages(Path file) {
        Idx idx = read(file, 3);
        return new Images(idx.dims[0], idx.dims[1], idx.dims[2], idx.values);
    }

    /** An IDX file of rank 1 (one unsigned byte per item). */
    public static byte[] readLabels(Path file) {
        return read(file, 1).values;
    }

    /** Images and their labels, which must be as many. */
    public static LabelledImages readLabelled(Path images, Path labels) {
        Images im = readImages(images);
        byte[] lab = readLabels(labels);
        if (lab.length != im.count()) {
            throw new DataFileException(labels, "holds " + lab.length + " labels but " + images.getFileName()
                    + " holds " + im.count() + " images; the two files must come from the same set");
        }
        return new LabelledImages(im, lab);
    }

    private record Idx(int[] dims, byte[] values) {
    }

    private static Idx read(Path file, int rank) {
        try (InputStream raw = open(file); DataInputStream in = new DataInputStream(raw)) {
            int magic;
            try {
                magic = in.readInt();
            } catch (EOFException e) {
                throw new DataFileException(file, "too short to be an IDX file (fewer than 4 bytes)");
            }
            int expected = (UNSIGNED_BYTE << 8) | rank;
            if (magic != expected) {
                throw new DataFileException(file, String.format(
                        "wrong magic number 0x%08x: an IDX file of unsigned bytes and rank %d starts with 0x%08x",
                        magic, rank, expected));
            }
            int[] dims = new int[rank];
            long total = 1;
            for (int d = 0; d < rank; d++) {
                try {
                    dims[d] = in.readInt();
                } catch (EOFException e) {
                    throw new DataFileException(file, "truncated: the header ends inside dimension " + (d + 1) + " of " + rank);
                }
                if (dims[d] <= 0) {
                    throw new DataFileException(file, "dimension " + (d + 1) + " is " + dims[d] + ", must be >= 1");
                }
                total *= dims[d];
            }
            if (total > Integer.MAX_VALUE - 16) {
                throw new DataFileException(file, "declares " + total + " values, more than one array can hold");
            }
            byte[] values = new byte[(int) total];
            int got = in.readNBytes(values, 0, values.length);
            if (got < values.length) {
                throw new DataFileException(file, "truncated: the header declares " + total + " values, the file holds "
                        + got + "; fetch it again (scripts/fetch-data)");
            }
            if (in.read() != -1) {
                throw new DataFileException(file, "holds bytes after the " + total + " values its header declares");
            }
            return new Idx(dims, values);
        } catch (NoSuchFileException e) {
            throw new DataFileException(file, "no such file");
        } catch (EOFException e) {
            throw new DataFileException(file, "truncated: the compressed stream ends early; fetch it again (scripts/fetch-data)", e);
        } catch (IOException e) {
            throw new DataFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (((b0 << 8) | b1) == GZIP_MAGIC) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return in;
    }
}
