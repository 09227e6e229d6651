package io.densehebb.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The binarised training and test images of MNIST and Fashion-MNIST, read from the folder that
 * scripts/fetch-data fills ({@code <folder>/<name>/train-images-idx3-ubyte}, ...; a .gz beside a
 * missing plain file is read as well). Each (folder, set, part, threshold) is read once per JVM and
 * then shared: the spins are 47 MB for the 60,000 training images, and every network, test and
 * classifier of one JVM reads the same array. Nothing here downloads: a missing file is an error that
 * names the command that fetches it.
 */
public final class ImageDatasets {

    /** The training set or the test set. */
    public enum Part {
        TRAIN("train"), TEST("t10k");

        private final String prefix;

        Part(String prefix) {
            this.prefix = prefix;
        }
    }

    private record Key(Path folder, DataSource.Kind kind, Part part, double threshold) {
    }

    private static final Map<Key, BinaryImages> LOADED = new ConcurrentHashMap<>();

    private ImageDatasets() {
    }

    public static BinaryImages load(DataSource source, Part part) {
        if (!source.images()) {
            throw new IllegalArgumentException(source.name() + " is not an image data set");
        }
        Key key = new Key(source.folder().toAbsolutePath().normalize(), source.kind(), part, source.threshold());
        return LOADED.computeIfAbsent(key, k -> source.binarisation().apply(read(source, part)));
    }

    /** True when the four files of the source are in its folder (tests skip when they are not). */
    public static boolean available(DataSource source) {
        for (Part part : Part.values()) {
            if (file(source, part, "images-idx3") == null || file(source, part, "labels-idx1") == null) {
                return false;
            }
        }
        return true;
    }

    private static LabelledImages read(DataSource source, Part part) {
        return IdxReader.readLabelled(required(source, part, "images-idx3"), required(source, part, "labels-idx1"));
    }

    private static Path required(DataSource source, Part part, String kind) {
        Path found = file(source, part, kind);
        if (found == null) {
            Path plain = plain(source, part, kind);
            throw new DataFileException(plain, "missing: densehebb.model.dataset = " + source.name()
                    + " reads it from densehebb.model.data-folder = " + source.folder()
                    + "; fetch it with scripts/fetch-data " + source.name());
        }
        return found;
    }

    private static Path file(DataSource source, Part part, String kind) {
        Path plain = plain(source, part, kind);
        if (Files.isRegularFile(plain)) {
            return plain;
        }
        Path gz = plain.resolveSibling(plain.getFileName() + ".gz");
        return Files.isRegularFile(gz) ? gz : null;
    }

    private static Path plain(DataSource source, Part part, String kind) {
        return source.folder().resolve(source.name()).resolve(part.prefix + "-" + kind + "-ubyte");
    }
}
