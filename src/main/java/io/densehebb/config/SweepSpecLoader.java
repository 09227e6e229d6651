package io.densehebb.config;

import static io.densehebb.config.ConfigMessages.ROOT;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import io.densehebb.model.InvalidParameterException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code sweep} block of a sweep file (the layers are those of a run: {@code --set} over
 * the file over reference.conf) and checks it before anything runs: every axis key is a run key, every
 * list is non-empty, zip lists have one length, no key is in both grid and zip, samples >= 1, and every
 * plot names columns that exist. Whether each point's resolved run is allowed is checked point by
 * point by the caller, with {@link SweepFile#loadPoint}.
 */
public final class SweepSpecLoader {

    private static final String SWEEP = ROOT + ".sweep";

    /** Keys a sweep sets itself for every point: its seeds, its thread budget and its folders. */
    private static final Set<String> RESERVED = Set.of("seed", "disorder.seed", "disorder.sample", "threads", "output");

    private SweepSpecLoader() {
    }

    /**
     * A sweep file with its overrides: the spec, the base seed, and the text of sweep.conf (the user's
     * layers merged and resolved) from which a resumed sweep reads the same points.
     */
    public record SweepFile(Path source, List<String> overrides, SweepSpec spec, long seed, String resolvedText) {

        public SweepFile {
            overrides = List.copyOf(overrides);
        }

        /** The run of one point: the file, its overrides, then the point's own assignments (which win). */
        public RunConfig loadPoint(List<String> assignments) {
            List<String> all = new ArrayList<>(overrides);
            all.addAll(assignments);
            return RunConfigLoader.load(source, all);
        }
    }

    public static SweepFile load(Path file, List<String> overrides) {
        ConfigLayers layers = ConfigLayers.read(file, overrides);
        ConfigSchema.check(layers.merged(), layers.reference());
        Config merged = layers.merged();
        Config reference = layers.reference();
        List<SweepSpec.Axis> grid = axes(merged, reference, "grid");
        List<SweepSpec.Axis> zip = axes(merged, reference, "zip");
        for (SweepSpec.Axis z : zip) {
            if (z.values().size() != zip.get(0).values().size()) {
                throw new InvalidParameterException(axisPath("zip", z.key()), describe(merged, "zip", z.key()),
                        "a list as long as " + axisPath("zip", zip.get(0).key()) + " (" + zip.get(0).values().size()
                                + " values): zip lists advance together");
            }
            for (SweepSpec.Axis g : grid) {
                if (g.key().equals(z.key())) {
                    throw new InvalidParameterException(axisPath("zip", z.key()), describe(merged, "zip", z.key()),
                            "a key that is not in " + SWEEP + ".grid as well (a key is in grid or zip, not both)");
                }
            }
        }
        ConfigBlock sweep = ConfigBlock.root(merged).block("sweep");
        int samples = sweep.integer("samples", n -> n >= 1, "an integer >= 1 (disorder samples per point)");
        SweepSpec partial = new SweepSpec(grid, zip, samples, List.of());
        List<SweepSpec.PlotSpec> plots = plots(merged, partial);
        long seed = ConfigBlock.root(merged).wholeNumber("seed");
        return new SweepFile(file, overrides, new SweepSpec(grid, zip, samples, plots), seed, render(layers.user()));
    }

    /** Whether a file's sweep block has any axis: `run` refuses such a file, which is meant for `sweep`. */
    public static boolean hasAxes(Path file, List<String> overrides) {
        Config merged = ConfigLayers.read(file, overrides).merged();
        return !merged.getObject(SWEEP + ".grid").isEmpty() || !merged.getObject(SWEEP + ".zip").isEmpty();
    }

    private static List<SweepSpec.Axis> axes(Config merged, Config reference, String block) {
        ConfigObject axes = merged.getObject(SWEEP + "." + block);
        List<SweepSpec.Axis> result = new ArrayList<>();
        for (Map.Entry<String, ConfigValue> entry : inKeyOrder(axes)) {
            String key = entry.getKey();
            ConfigValue value = entry.getValue();
            String path = axisPath(block, key);
            String described = ConfigMessages.describe(value);
            checkRunKey(path, described, key, reference);
            if (value.valueType() != ConfigValueType.LIST) {
                throw new InvalidParameterException(path, described, "a list of values, e.g. [100, 200]");
            }
            ConfigList list = (ConfigList) value;
            if (list.isEmpty()) {
                throw new InvalidParameterException(path, described, "a list with at least one value");
            }
            List<String> values = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (ConfigValue v : list) {
                String text = v.render(ConfigRenderOptions.concise());
                if (!seen.add(text)) {
                    throw new InvalidParameterException(path, described, "a list of distinct values (" + text + " is there twice)");
                }
                values.add(text);
            }
            result.add(new SweepSpec.Axis(key, values));
        }
        return result;
    }

    private static void checkRunKey(String path, String described, String key, Config reference) {
        if (RESERVED.contains(key)) {
            throw new InvalidParameterException(path, described,
                    "a run key the sweep does not set itself (it derives seed and disorder for every point and sample, "
                            + "and sets threads and the folders; use " + SWEEP + ".samples for more disorder)");
        }
        String allowed = "a run key relative to " + ROOT + ", quoted, as --set takes it (e.g. \"model.N\")";
        ConfigValue known;
        try {
            String full = ROOT + "." + key;
            if (key.equals("sweep") || key.startsWith("sweep.") || !reference.hasPathOrNull(full)) {
                throw new InvalidParameterException(path, described, allowed);
            }
            known = reference.getIsNull(full) ? null : reference.getValue(full);
        } catch (ConfigException.BadPath e) {
            throw new InvalidParameterException(path, described, allowed);
        }
        if (known != null && known.valueType() == ConfigValueType.OBJECT) {
            throw new InvalidParameterException(path, described,
                    allowed + "; " + key + " is a block, name one of its keys");
        }
    }

    private static List<SweepSpec.PlotSpec> plots(Config merged, SweepSpec spec) {
        String path = SWEEP + ".plots";
        List<? extends ConfigObject> objects;
        try {
            objects = merged.getObjectList(path);
        } catch (ConfigException.WrongType e) {
            throw new InvalidParameterException(path, ConfigMessages.describe(merged.getValue(path)),
                    "a list of plots, each { y = m, x = \"model.alpha\", series = \"model.N\", fixed { ... }, T = 0.5 }");
        }
        List<SweepSpec.PlotSpec> plots = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < objects.size(); i++) {
            SweepSpec.PlotSpec plot = plot(path + "." + i, objects.get(i).toConfig(), spec);
            if (!names.add(plot.name())) {
                throw new InvalidParameterException(path + "." + i + ".name", plot.name(), "a name no other plot has");
            }
            plots.add(plot);
        }
        return plots;
    }

    private static SweepSpec.PlotSpec plot(String path, Config plot, SweepSpec spec) {
        Set<String> known = Set.of("name", "y", "x", "series", "fixed", "T");
        for (String key : plot.root().keySet()) {
            if (!known.contains(key)) {
                throw new InvalidParameterException(path + "." + key, ConfigMessages.describe(plot.root().get(key)),
                        "an unknown key; known keys of a plot: name, y, x, series, fixed, T");
            }
        }
        List<String> keys = spec.keys();
        String y = text(plot, path, "y", "one of " + String.join(" | ", SweepSpec.OBSERVABLES));
        if (!SweepSpec.OBSERVABLES.contains(y)) {
            throw new InvalidParameterException(path + ".y", y, "one of " + String.join(" | ", SweepSpec.OBSERVABLES));
        }
        String axes = "T or a key of the sweep (" + String.join(", ", keys) + ")";
        String x = text(plot, path, "x", axes);
        if (!x.equals(SweepSpec.TEMPERATURE) && !keys.contains(x)) {
            throw new InvalidParameterException(path + ".x", x, axes);
        }
        String series = plot.hasPath("series") ? text(plot, path, "series", "a key of the sweep other than x") : null;
        if (series != null && (series.equals(x) || !keys.contains(series))) {
            throw new InvalidParameterException(path + ".series", series,
                    "a key of the sweep other than x (" + String.join(", ", keys) + ")");
        }
        Map<String, String> fixed = new LinkedHashMap<>();
        if (plot.hasPath("fixed")) {
            ConfigObject given;
            try {
                given = plot.getObject("fixed");
            } catch (ConfigException.WrongType e) {
                throw new InvalidParameterException(path + ".fixed", ConfigMessages.describe(plot.getValue("fixed")),
                        "a block of key = value, e.g. fixed { \"model.rho\" = 0.2 }");
            }
            for (Map.Entry<String, ConfigValue> e : given.entrySet()) {
                String value = e.getValue().render(ConfigRenderOptions.concise());
                if (!keys.contains(e.getKey()) || e.getKey().equals(x) || e.getKey().equals(series)) {
                    throw new InvalidParameterException(path + ".fixed.\"" + e.getKey() + "\"", value,
                            "a key of the sweep other than x and series (" + String.join(", ", keys) + ")");
                }
                if (!spec.values(e.getKey()).contains(value)) {
                    throw new InvalidParameterException(path + ".fixed.\"" + e.getKey() + "\"", value,
                            "one of the key's values " + spec.values(e.getKey()));
                }
                fixed.put(e.getKey(), value);
            }
        }
        // zip keys advance together: naming one of them as x or series names all of them
        boolean zipNamed = spec.zip().stream().anyMatch(a -> a.key().equals(x) || a.key().equals(series));
        for (String key : keys) {
            boolean partner = zipNamed && spec.zip().stream().anyMatch(a -> a.key().equals(key));
            if (!partner && !key.equals(x) && !key.equals(series) && !fixed.containsKey(key) && spec.values(key).size() > 1) {
                throw new InvalidParameterException(path + ".fixed", ConfigMessages.describe(plot.root().get("fixed") == null
                        ? com.typesafe.config.ConfigValueFactory.fromMap(Map.of()) : plot.root().get("fixed")),
                        "a value for every other key with more than one value (missing: \"" + key + "\", one of "
                                + spec.values(key) + ")");
            }
        }
        Double temperature = null;
        if (plot.hasPath("T")) {
            double t = ConfigBlock.root(plot.atPath(ROOT)).number("T");
            if (x.equals(SweepSpec.TEMPERATURE) || t < 0) {
                throw new InvalidParameterException(path + ".T", t, x.equals(SweepSpec.TEMPERATURE)
                        ? "left out when x is T" : "a temperature >= 0");
            }
            temperature = t;
        } else if (!x.equals(SweepSpec.TEMPERATURE)) {
            throw new InvalidParameterException(path + ".T", "(missing)", "the temperature to draw when x is not T, e.g. T = 0.5");
        }
        String name = plot.hasPath("name") ? text(plot, path, "name", "a file name of letters, digits, ., - and _")
                : y + "-vs-" + x.replace('.', '-');
        if (!name.matches("[A-Za-z0-9._-]+") || name.startsWith(".")) {
            throw new InvalidParameterException(path + ".name", name, "a file name of letters, digits, ., - and _");
        }
        return new SweepSpec.PlotSpec(name, y, x, series, fixed, temperature);
    }

    private static String text(Config plot, String path, String key, String allowed) {
        if (!plot.hasPath(key)) {
            throw new InvalidParameterException(path + "." + key, "(missing)", allowed);
        }
        try {
            return plot.getString(key);
        } catch (ConfigException.WrongType e) {
            throw new InvalidParameterException(path + "." + key, ConfigMessages.describe(plot.getValue(key)), allowed);
        }
    }

    private static String axisPath(String block, String key) {
        return SWEEP + "." + block + ".\"" + key + "\"";
    }

    private static String describe(Config merged, String block, String key) {
        return ConfigMessages.describe(merged.getObject(SWEEP + "." + block).get(key));
    }

    /**
     * Axes in the order of their keys' names: sweep.conf (which the library writes key by key, sorted)
     * then enumerates the points in the same order as the file it came from.
     */
    private static List<Map.Entry<String, ConfigValue>> inKeyOrder(ConfigObject block) {
        return block.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    /** The user's layers as HOCON, with a header: sweep.conf, read back by {@code sweep --resume}. */
    private static String render(Config user) {
        String body = user.root().render(ConfigRenderOptions.defaults().setOriginComments(false).setComments(false)
                .setJson(false).setFormatted(true));
        return "# The resolved sweep file (overrides applied): `densehebb sweep --resume` reads it back.\n" + body;
    }
}
