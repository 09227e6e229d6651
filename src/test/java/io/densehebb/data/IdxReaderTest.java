package io.densehebb.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The IDX reader on files the tests write, plain and gzip, every defect named; and on the real files when present. */
class IdxReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "gzip = {0}")
    @ValueSource(booleans = {false, true})
    void readsImagesAndLabelsPlainOrCompressed(boolean gzip) throws IOException {
        Path images = IdxFixtures.write(dir.resolve("im"), IdxFixtures.images(3), gzip);
        Path labels = IdxFixtures.write(dir.resolve("lb"), IdxFixtures.labels((byte) 7, (byte) 0, (byte) 200), gzip);

        LabelledImages data = IdxReader.readLabelled(images, labels);

        assertThat(data.images().count()).isEqualTo(3);
        assertThat(data.images().rows()).isEqualTo(2);
        assertThat(data.images().columns()).isEqualTo(3);
        assertThat(data.images().grey(2, 5)).isEqualTo((80 + 250) % 256);
        assertThat(data.images().grey(1, 4)).isEqualTo(240); // above 127: read unsigned
        assertThat(data.label(0)).isEqualTo(7);
        assertThat(data.label(2)).isEqualTo(200);
    }

    @Test
    void refusesAWrongMagicNumber() throws IOException {
        Path labels = IdxFixtures.write(dir.resolve("lb"), IdxFixtures.labels((byte) 1, (byte) 2), false);
        // a label file (rank 1) is not an image file (rank 3)
        assertThatThrownBy(() -> IdxReader.readImages(labels)).isInstanceOf(DataFileException.class)
                .hasMessage(labels + ": wrong magic number 0x00000801: an IDX file of unsigned bytes and rank 3 starts with 0x00000803");
        Path text = IdxFixtures.write(dir.resolve("txt"), "hello world".getBytes(), false);
        assertThatThrownBy(() -> IdxReader.readLabels(text)).isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(text + ": wrong magic number 0x68656c6c");
    }

    @Test
    void refusesTruncatedFiles() throws IOException {
        byte[] full = IdxFixtures.images(4);
        Path shortData = IdxFixtures.write(dir.resolve("a"), Arrays.copyOf(full, full.length - 5), false);
        assertThatThrownBy(() -> IdxReader.readImages(shortData)).isInstanceOf(DataFileException.class)
                .hasMessage(shortData + ": truncated: the header declares 24 values, the file holds 19; fetch it again (scripts/fetch-data)");
        Path shortHeader = IdxFixtures.write(dir.resolve("b"), Arrays.copyOf(full, 10), false);
        assertThatThrownBy(() -> IdxReader.readImages(shortHeader)).isInstanceOf(DataFileException.class)
                .hasMessage(shortHeader + ": truncated: the header ends inside dimension 2 of 3");
        Path tiny = IdxFixtures.write(dir.resolve("c"), new byte[] {0, 0}, false);
        assertThatThrownBy(() -> IdxReader.readLabels(tiny)).isInstanceOf(DataFileException.class)
                .hasMessage(tiny + ": too short to be an IDX file (fewer than 4 bytes)");
        Path gz = IdxFixtures.write(dir.resolve("d.gz"), full, true);
        byte[] compressed = java.nio.file.Files.readAllBytes(gz);
        Path cut = IdxFixtures.write(dir.resolve("e.gz"), Arrays.copyOf(compressed, compressed.length - 12), false);
        assertThatThrownBy(() -> IdxReader.readImages(cut)).isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(cut + ": truncated");
    }

    @Test
    void refusesTrailingBytesAndEmptyDimensions() throws IOException {
        byte[] full = IdxFixtures.images(2);
        Path longer = IdxFixtures.write(dir.resolve("a"), Arrays.copyOf(full, full.length + 1), false);
        assertThatThrownBy(() -> IdxReader.readImages(longer)).isInstanceOf(DataFileException.class)
                .hasMessage(longer + ": holds bytes after the 12 values its header declares");
        Path empty = IdxFixtures.write(dir.resolve("b"), IdxFixtures.idx(new int[] {0, 2, 3}, new byte[0]), false);
        assertThatThrownBy(() -> IdxReader.readImages(empty)).isInstanceOf(DataFileException.class)
                .hasMessage(empty + ": dimension 1 is 0, must be >= 1");
    }

    @Test
    void refusesImagesAndLabelsOfDifferentCounts() throws IOException {
        Path images = IdxFixtures.write(dir.resolve("im"), IdxFixtures.images(3), false);
        Path labels = IdxFixtures.write(dir.resolve("lb"), IdxFixtures.labels((byte) 1, (byte) 2), false);
        assertThatThrownBy(() -> IdxReader.readLabelled(images, labels)).isInstanceOf(DataFileException.class)
                .hasMessage(labels + ": holds 2 labels but im holds 3 images; the two files must come from the same set");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> IdxReader.readLabels(missing)).isInstanceOf(DataFileException.class)
                .hasMessage(missing + ": no such file");
    }

    /**
     * The real files as scripts/fetch-data leaves them (skipped, saying so, when data/ does not hold
     * them): sizes, and the training class counts of MNIST and Fashion-MNIST.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mnist", "fashion-mnist"})
    void readsTheRealFilesWhenTheyAreThere(String name) {
        DataSource source = RealData.source(name);
        assumeTrue(ImageDatasets.available(source), "data/" + name + " is not there: run scripts/fetch-data " + name);
        BinaryImages train = ImageDatasets.load(source, ImageDatasets.Part.TRAIN);
        BinaryImages test = ImageDatasets.load(source, ImageDatasets.Part.TEST);
        assertThat(train.count()).isEqualTo(60_000);
        assertThat(test.count()).isEqualTo(10_000);
        assertThat(train.n()).isEqualTo(784);
        int[] counts = new int[10];
        for (int k = 0; k < train.count(); k++) {
            counts[train.label(k)]++;
        }
        List<Integer> expected = name.equals("mnist") ? List.of(5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949)
                : List.of(6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000);
        assertThat(Arrays.stream(counts).boxed().toList()).isEqualTo(expected);
        assertThat(ImageDatasets.load(source, ImageDatasets.Part.TRAIN)).as("read once per JVM").isSameAs(train);
    }
}
