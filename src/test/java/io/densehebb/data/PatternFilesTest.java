package io.densehebb.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The user's patterns: .npy of every integer and boolean dtype, text, round trips and every refusal. */
class PatternFilesTest {

    @TempDir
    Path dir;

    private static final byte[] PATTERNS = {1, -1, -1, 1, 1, 1, -1, -1, 1, -1, 1, -1};

    /** A .npy file as numpy.save writes it, with the given dtype; values given as longs. */
    static byte[] npy(String descr, String shape, long[] values, boolean fortran) {
        int width = Integer.parseInt(descr.substring(2));
        ByteOrder order = descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': (" + shape + "), }";
        String header = dict + " ".repeat(63 - (10 + dict.length()) % 64) + "\n";
        ByteBuffer out = ByteBuffer.allocate(10 + header.length() + values.length * width).order(ByteOrder.LITTLE_ENDIAN);
        out.put(NpyFiles.MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        out.put(header.getBytes(StandardCharsets.ISO_8859_1));
        out.order(order);
        for (long v : values) {
            switch (width) {
                case 1 -> out.put((byte) v);
                case 2 -> out.putShort((short) v);
                case 4 -> out.putInt((int) v);
                default -> out.putLong(v);
            }
        }
        return out.array();
    }

    private static long[] as(boolean zeroOne) {
        long[] v = new long[PATTERNS.length];
        for (int j = 0; j < v.length; j++) {
            v[j] = zeroOne ? (PATTERNS[j] + 1) / 2 : PATTERNS[j];
        }
        return v;
    }

    @ParameterizedTest(name = "{0}, 0/1 = {1}")
    @CsvSource({"|i1,false", "|i1,true", "|u1,true", "|b1,true", "<i2,false", ">i2,false", "<i4,false", "<i8,false",
        ">i8,true", "<u8,true", "<u4,true", "<u2,true"})
    void readsEveryIntegerAndBooleanDtype(String descr, boolean zeroOne) throws IOException {
        Path file = Files.write(dir.resolve("p.npy"), npy(descr, "3, 4", as(zeroOne), false));
        PatternArray read = PatternFiles.read(file);
        assertThat(read.shape()).containsExactly(3, 4);
        assertThat(read.values()).containsExactly(PATTERNS);
        assertThat(read.pattern(1)).containsExactly(1, 1, -1, -1);
    }

    @Test
    void writtenPatternsReadBackEqual() throws IOException {
        PatternArray three = new PatternArray(new int[] {2, 3, 2}, PATTERNS.clone());
        Path file = Files.write(dir.resolve("e.npy"), NpyFiles.encode(three));
        PatternArray back = PatternFiles.read(file);
        assertThat(back.shape()).containsExactly(2, 3, 2);
        assertThat(back.values()).containsExactly(PATTERNS);
        byte[] bytes = Files.readAllBytes(file);
        assertThat((bytes.length - PATTERNS.length) % 64).as("header padded to 64 bytes, as numpy does").isZero();
        assertThat(new String(bytes, 10, 64, StandardCharsets.ISO_8859_1)).startsWith("{'descr': '|i1', 'fortran_order': False, 'shape': (2, 3, 2), }");
    }

    @Test
    void readsTextPatternsWithSpacesCommasCommentsAndZeroOne() throws IOException {
        Path pm = Files.writeString(dir.resolve("a.txt"), "# three patterns\n+1 -1 -1 1\n\n1,1,-1,-1\n1 -1\t1 -1\n");
        assertThat(PatternFiles.read(pm).values()).containsExactly(PATTERNS);
        Path zo = Files.writeString(dir.resolve("b.txt"), "1 0 0 1\n1 1 0 0\n1 0 1 0\n");
        PatternArray read = PatternFiles.read(zo);
        assertThat(read.shape()).containsExactly(3, 4);
        assertThat(read.values()).containsExactly(PATTERNS);
    }

    @Test
    void refusesValuesThatAreNotPatterns() throws IOException {
        Path two = Files.writeString(dir.resolve("a.txt"), "1 -1 2\n");
        assertThatThrownBy(() -> PatternFiles.read(two)).isInstanceOf(DataFileException.class)
                .hasMessage(two + ": holds the value 2; pattern entries must be +-1 or 0/1");
        Path mixed = Files.writeString(dir.resolve("b.txt"), "1 0 -1\n");
        assertThatThrownBy(() -> PatternFiles.read(mixed)).isInstanceOf(DataFileException.class)
                .hasMessage(mixed + ": mixes 0 and -1; pattern entries must be all +-1 or all 0/1");
        Path word = Files.writeString(dir.resolve("c.txt"), "1 -1\n1 x\n");
        assertThatThrownBy(() -> PatternFiles.read(word)).isInstanceOf(DataFileException.class)
                .hasMessage(word + ": line 2 holds 'x'; pattern entries must be +-1 or 0/1");
        Path ragged = Files.writeString(dir.resolve("d.txt"), "1 -1 1\n1 -1\n");
        assertThatThrownBy(() -> PatternFiles.read(ragged)).isInstanceOf(DataFileException.class)
                .hasMessage(ragged + ": line 2 has 2 entries, the first pattern 3; every pattern must have the same length");
        Path empty = Files.writeString(dir.resolve("e.txt"), "# nothing\n");
        assertThatThrownBy(() -> PatternFiles.read(empty)).isInstanceOf(DataFileException.class)
                .hasMessage(empty + ": holds no pattern (one pattern per line, entries +-1 or 0/1)");
    }

    @Test
    void refusesNpyFilesItCannotRead() throws IOException {
        Path floats = Files.write(dir.resolve("f.npy"), npy("<f8", "3, 4", as(false), false));
        assertThatThrownBy(() -> PatternFiles.read(floats)).isInstanceOf(DataFileException.class)
                .hasMessageContaining("dtype is not boolean or integer").hasMessageContaining("astype('int8')");
        Path fortran = Files.write(dir.resolve("g.npy"), npy("|i1", "3, 4", as(false), true));
        assertThatThrownBy(() -> PatternFiles.read(fortran)).isInstanceOf(DataFileException.class)
                .hasMessage(fortran + ": is in Fortran order; save it in C order (numpy.ascontiguousarray)");
        byte[] whole = npy("<i4", "3, 4", as(false), false);
        Path cut = Files.write(dir.resolve("h.npy"), java.util.Arrays.copyOf(whole, whole.length - 3));
        assertThatThrownBy(() -> PatternFiles.read(cut)).isInstanceOf(DataFileException.class)
                .hasMessage(cut + ": truncated: shape [3, 4] needs 48 bytes of data, the file holds 45");
        Path header = Files.write(dir.resolve("i.npy"), java.util.Arrays.copyOf(whole, 30));
        assertThatThrownBy(() -> PatternFiles.read(header)).isInstanceOf(DataFileException.class)
                .hasMessage(header + ": truncated .npy header");
    }
}
