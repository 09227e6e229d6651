package io.densehebb.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where a network's patterns come from (densehebb.model.dataset and the keys beside it).
 *
 * @param kind       synthetic, mnist, fashion-mnist or file
 * @param classes    the labels used as classes mu = 1..K, in this order (image data sets)
 * @param threshold  grey level above which a pixel is +1 (image data sets)
 * @param folder     the folder scripts/fetch-data fills (image data sets)
 * @param archetypes K x N patterns (file), else null
 * @param examples   K x M x N patterns (file, optional), else null
 */
public record DataSource(Kind kind, List<Integer> classes, double threshold, Path folder, Path archetypes, Path examples) {

    /** The kinds of data source, by the names users write. */
    public enum Kind {
        SYNTHETIC("synthetic"), MNIST("mnist"), FASHION_MNIST("fashion-mnist"), FILE("file");

        private final String configName;

        Kind(String configName) {
            this.configName = configName;
        }

        public String configName() {
            return configName;
        }

        /** The kind called {@code text}, or null. */
        public static Kind named(String text) {
            for (Kind k : values()) {
                if (k.configName.equals(text)) {
                    return k;
                }
            }
            return null;
        }

        public static String allowed() {
            return String.join(" | ", java.util.Arrays.stream(values()).map(Kind::configName).toList());
        }
    }

    public DataSource {
        classes = List.copyOf(classes);
    }

    /** Random archetypes and examples, nothing read from disk. */
    public static DataSource synthetic() {
        return new DataSource(Kind.SYNTHETIC, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), Binarisation.HALF_GREY,
                Path.of("data"), null, null);
    }

    public String name() {
        return kind.configName();
    }

    /** mnist or fashion-mnist: images from data/. */
    public boolean images() {
        return kind == Kind.MNIST || kind == Kind.FASHION_MNIST;
    }

    public int[] classLabels() {
        return classes.stream().mapToInt(Integer::intValue).toArray();
    }

    public Binarisation binarisation() {
        return new Binarisation(threshold);
    }

    /** How users see the source in outputs: "mnist (threshold 127.5)". */
    public String describe() {
        return switch (kind) {
            case SYNTHETIC -> name();
            case MNIST, FASHION_MNIST -> String.format(Locale.ROOT, "%s, classes %s, binarised at grey > %s", name(),
                    classes, threshold);
            case FILE -> "file " + archetypes + (examples == null ? "" : " with examples " + examples);
        };
    }
}
