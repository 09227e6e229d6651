package io.densehebb.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Small IDX files written by the tests themselves, in the layout of LeCun's MNIST files. */
final class IdxFixtures {

    private IdxFixtures() {
    }

    /** The bytes of an IDX file of unsigned bytes with the given dimensions and values. */
    static byte[] idx(int[] dims, byte[] values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt((IdxReader.UNSIGNED_BYTE << 8) | dims.length);
        for (int d : dims) {
            out.writeInt(d);
        }
        out.write(values);
        return bytes.toByteArray();
    }

    static Path write(Path file, byte[] content, boolean gzip) throws IOException {
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(content);
        }
        return file;
    }

    /** count images of 2 x 3 pixels; pixel i of image k has grey level (40 k + 50 i) mod 256. */
    static byte[] images(int count) throws IOException {
        byte[] px = new byte[count * 6];
        for (int k = 0; k < count; k++) {
            for (int i = 0; i < 6; i++) {
                px[k * 6 + i] = (byte) ((40 * k + 50 * i) % 256);
            }
        }
        return idx(new int[] {count, 2, 3}, px);
    }

    static byte[] labels(byte... labels) throws IOException {
        return idx(new int[] {labels.length}, labels);
    }
}
