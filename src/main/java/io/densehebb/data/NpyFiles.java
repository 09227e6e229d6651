package io.densehebb.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy's .npy format (versions 1, 2 and 3): the magic {@code \x93NUMPY}, a version, a little-endian
 * header length, a Python dict literal with {@code descr}, {@code fortran_order} and {@code shape},
 * then the raw array. Reads boolean and integer arrays (1, 2, 4 or 8 bytes, either byte order) of
 * +-1 or 0/1 patterns in C order; writes +-1 patterns as int8 ({@code |i1}), version 1.0, which
 * {@code numpy.load} reads as is.
 */
public final class NpyFiles {

    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=])([biu])(\\d+)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NpyFiles() {
    }

    /** True when the file starts with the .npy magic. */
    public static boolean isNpy(byte[] head) {
        return head.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC);
    }

    public static PatternArray read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataFileException(file, "no such file");
        } catch (IOException e) {
            throw new DataFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(file, bytes);
    }

    static PatternArray parse(Path file, byte[] bytes) {
        if (!isNpy(bytes) || bytes.length < 10) {
            throw new DataFileException(file, "not a .npy file (no \\x93NUMPY magic)");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int major = bytes[6];
        int headerLength;
        int headerStart;
        if (major == 1) {
            headerLength = buf.getShort(8) & 0xffff;
            headerStart = 10;
        } else if (major == 2 || major == 3) {
            if (bytes.length < 12) {
                throw new DataFileException(file, "truncated .npy header");
            }
            headerLength = buf.getInt(8);
            headerStart = 12;
        } else {
            throw new DataFileException(file, ".npy format version " + major + " is not known (1, 2 and 3 are)");
        }
        if (headerLength < 0 || headerStart + (long) headerLength > bytes.length) {
            throw new DataFileException(file, "truncated .npy header");
        }
        String header = new String(bytes, headerStart, headerLength, StandardCharsets.ISO_8859_1);
        Matcher descr = DESCR.matcher(header);
        if (!descr.find()) {
            throw new DataFileException(file, "dtype is not boolean or integer (header " + header.trim()
                    + "); save the patterns with dtype int8, e.g. numpy.save(path, a.astype('int8'))");
        }
        int width = Integer.parseInt(descr.group(3));
        char kind = descr.group(2).charAt(0);
        if (!(width == 1 || width == 2 || width == 4 || width == 8) || (kind == 'b' && width != 1)) {
            throw new DataFileException(file, "dtype " + descr.group(2) + width + " is not supported (b1, i1..i8, u1..u8 are)");
        }
        ByteOrder order = descr.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        Matcher fortran = FORTRAN.matcher(header);
        if (fortran.find() && fortran.group(1).equals("True")) {
            throw new DataFileException(file, "is in Fortran order; save it in C order (numpy.ascontiguousarray)");
        }
        Matcher shapeMatch = SHAPE.matcher(header);
        if (!shapeMatch.find()) {
            throw new DataFileException(file, "the .npy header has no shape");
        }
        int[] shape = Arrays.stream(shapeMatch.group(1).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).mapToInt(s -> parseDimension(file, s)).toArray();
        long size = 1;
        for (int d : shape) {
            size *= d;
        }
        int dataStart = headerStart + headerLength;
        long expected = size * width;
        if (bytes.length - dataStart < expected) {
            throw new DataFileException(file, "truncated: shape " + Arrays.toString(shape) + " needs " + expected
                    + " bytes of data, the file holds " + (bytes.length - dataStart));
        }
        if (bytes.length - dataStart > expected) {
            throw new DataFileException(file, "holds bytes after the array its header declares");
        }
        ByteBuffer data = ByteBuffer.wrap(bytes, dataStart, (int) expected).slice().order(order);
        long[] raw = new long[(int) size];
        for (int j = 0; j < raw.length; j++) {
            raw[j] = switch (width) {
                case 1 -> kind == 'u' || kind == 'b' ? data.get(j) & 0xff : data.get(j);
                case 2 -> kind == 'u' ? data.getShort(2 * j) & 0xffff : data.getShort(2 * j);
                case 4 -> kind == 'u' ? data.getInt(4 * j) & 0xffffffffL : data.getInt(4 * j);
                default -> data.getLong(8 * j);
            };
        }
        return new PatternArray(shape, PatternArray.toSpins(raw, file));
    }

    private static int parseDimension(Path file, String text) {
        try {
            int d = Integer.parseInt(text.endsWith("L") ? text.substring(0, text.length() - 1) : text);
            if (d < 1) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new DataFileException(file, "the .npy shape has the dimension '" + text + "'; dimensions must be >= 1");
        }
    }

    /** The bytes of a .npy file holding +-1 {@code patterns} of the given shape as int8, C order. */
    public static byte[] encode(PatternArray patterns) {
        StringBuilder shape = new StringBuilder();
        for (int d : patterns.shape()) {
            shape.append(d).append(", ");
        }
        String dims = patterns.rank() == 1 ? shape.toString().trim() : shape.substring(0, shape.length() - 2);
        String dict = "{'descr': '|i1', 'fortran_order': False, 'shape': (" + dims + "), }";
        int preamble = MAGIC.length + 2 + 2;
        int padded = ((preamble + dict.length() + 1 + 63) / 64) * 64;
        String header = dict + " ".repeat(padded - preamble - dict.length() - 1) + "\n";
        ByteBuffer out = ByteBuffer.allocate(padded + patterns.values().length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        out.put(header.getBytes(StandardCharsets.ISO_8859_1));
        out.put(patterns.values());
        return out.array();
    }

    public static void write(PatternArray patterns, OutputStream out) throws IOException {
        out.write(encode(patterns));
    }
}
