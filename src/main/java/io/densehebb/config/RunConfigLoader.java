package io.densehebb.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import io.densehebb.data.DataSource;
import io.densehebb.mc.InitialState;
import io.densehebb.mc.SweepOrder;
import io.densehebb.mc.UpdateRule;
import io.densehebb.model.Interaction;
import io.densehebb.model.InvalidParameterException;
import io.densehebb.model.ModelKind;
import io.densehebb.model.NetworkSpec;
import io.densehebb.tempering.LadderSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads a run configuration: {@code --set} overrides over the user's file over reference.conf, all
 * under {@code densehebb}. Everything is checked before a run starts; the first problem is thrown as
 * one {@link InvalidParameterException} whose message names the full key (densehebb.model.P), the
 * value and what is allowed.
 */
public final class RunConfigLoader {

    private RunConfigLoader() {
    }

    /**
     * @param userFile  a HOCON file with a {@code densehebb { ... }} block
     * @param overrides {@code key=value} assignments, keys relative to densehebb ({@code model.P=4}),
     *                  values in HOCON ({@code ladder.temperatures=[0.5,0.8]}, {@code checkpoint-every=30s});
     *                  a later one wins over an earlier one
     */
    public static RunConfig load(Path userFile, List<String> overrides) {
        ConfigLayers layers = ConfigLayers.read(userFile, overrides);
        ConfigSchema.check(layers.merged(), layers.reference());
        ConfigBlock root = ConfigBlock.root(layers.merged());
        ConfigBlock model = root.block("model");
        ConfigBlock dynamics = root.block("dynamics");
        // Arguments are evaluated left to right: problems are reported in the order of reference.conf.
        return new RunConfig(
                network(model, layers),
                dataset(model),
                dynamics.choice("rule", UpdateRule::parse),
                dynamics.choice("order", SweepOrder::parse),
                dynamics.flag("block-copies"),
                ladder(root.block("ladder")),
                root.integer("copies", copies -> copies >= 2,
                        "an integer >= 2 (overlaps need two independent replicas per temperature)"),
                sweeps(root.block("sweeps")),
                root.choice("init", InitialState::parse),
                root.wholeNumber("seed"),
                disorder(root),
                root.integer("threads", threads -> threads >= 0, "0 (every core) or an integer >= 1"),
                checkpointEvery(root),
                output(root),
                root.block("testing").number("fault-rate", rate -> rate >= 0.0 && rate < 1.0,
                        "a probability in [0, 1) (test-only: the chance that a replica throws in a round)"),
                root.flag("output-patterns"),
                failingRound(root.block("testing")));
    }

    /** The fully resolved configuration as a HOCON {@code densehebb} block, for the run folder's run.conf. */
    public static String render(RunConfig config, String codeVersion) {
        return ConfigRenderer.render(config, codeVersion);
    }

    /**
     * Every setting that decides the numbers of a run, full key (densehebb.model.N) to its value as
     * run.conf writes it: what a checkpoint is bound to. The keys that never change a result are left
     * out, so that a resumed run may change them: threads, checkpoint-every, output and the testing
     * keys (an injected passing fault is replayed to the same numbers; a repeating one is what a resume
     * after fixing the cause turns off).
     */
    public static SortedMap<String, String> resultSettings(RunConfig config) {
        Config rendered = ConfigFactory.parseString(ConfigRenderer.render(config, "")).getConfig(ConfigMessages.ROOT);
        SortedMap<String, String> settings = new TreeMap<>();
        for (Map.Entry<String, ConfigValue> entry : rendered.entrySet()) {
            String key = ConfigMessages.ROOT + "." + entry.getKey();
            if (!RESULT_NEUTRAL_KEYS.contains(key)) {
                settings.put(key, entry.getValue().render(ConfigRenderOptions.concise()));
            }
        }
        return settings;
    }

    private static final Set<String> RESULT_NEUTRAL_KEYS = Set.of(ConfigMessages.ROOT + ".threads",
            ConfigMessages.ROOT + ".checkpoint-every", ConfigMessages.ROOT + ".output", ConfigMessages.ROOT + ".testing.fault-rate",
            ConfigMessages.ROOT + ".testing.failing-round",
            // where the data files sit and whether the patterns are written back: the disorder digest checks the patterns
            ConfigMessages.ROOT + ".output-patterns", ConfigMessages.ROOT + ".model.data-folder");

    private static NetworkSpec network(ConfigBlock model, ConfigLayers layers) {
        ModelKind kind = model.choice("kind", ModelKind::parse);
        int P = model.integer("P", "an integer from " + NetworkSpec.MIN_P + " to " + NetworkSpec.MAX_P);
        int N = model.integer("N", "an integer >= P = " + P);
        int M = model.integer("M", "an integer >= 1");
        Interaction interaction = model.choice("interaction", Interaction::parse);
        boolean alphaGiven = layers.uses(model.path("alpha"), model.path("K"));
        boolean rhoGiven = layers.uses(model.path("rho"), model.path("r"));
        // alpha = 0 is low load: K = O(1) is then model.K, so that a load axis of a sweep can start at zero
        double alpha = alphaGiven ? model.number("alpha", a -> a >= 0.0,
                "a number >= 0 (0 = low load, K = model.K; > 0: K = round(alpha * N^(P-1)))") : 0.0;
        boolean highLoad = alphaGiven && alpha != 0.0;
        long K = highLoad ? Math.round(alpha * Math.pow(N, P - 1)) : model.integer("K", "an integer >= 1");
        double r = rhoGiven ? qualityFor(model.number("rho"), M) : model.number("r");
        try {
            // A K too large for an int is refused by NetworkSpec's K * M * N bound either way.
            return new NetworkSpec(kind, P, N, (int) Math.min(K, Integer.MAX_VALUE), M, r, interaction);
        } catch (InvalidParameterException e) {
            if (highLoad && e.parameter().equals("model.K")) {
                throw ConfigMessages.derived(e, model.path("alpha"), model.describe("alpha"), "K = round(alpha * N^(P-1))", K);
            }
            if (rhoGiven && e.parameter().equals("model.r")) {
                throw ConfigMessages.derived(e, model.path("rho"), model.describe("rho"), "r = 1 / sqrt(1 + rho M)", r);
            }
            throw ConfigMessages.qualified(e);
        }
    }

    private static double qualityFor(double rho, int M) {
        try {
            return NetworkSpec.qualityFor(rho, M);
        } catch (InvalidParameterException e) {
            throw ConfigMessages.qualified(e);
        }
    }

    private static DataSource dataset(ConfigBlock model) {
        String name = model.text("dataset");
        DataSource.Kind kind = DataSource.Kind.named(name);
        if (kind == null) {
            throw model.invalid("dataset", "one of " + DataSource.Kind.allowed());
        }
        List<Integer> classes = classes(model);
        double threshold = model.number("threshold", t -> t >= 0.0 && t < 255.0,
                "a grey level in [0, 255): pixels above it are +1 (default 127.5, half grey)");
        Path folder = dataFolder(model);
        Path archetypes = optionalPath(model, "archetypes");
        Path examples = optionalPath(model, "examples");
        if (kind == DataSource.Kind.FILE && archetypes == null) {
            throw model.invalid("archetypes", "a file of K x N patterns (.npy, or text with one pattern per line) when "
                    + model.path("dataset") + " = file");
        }
        if (kind != DataSource.Kind.FILE && (archetypes != null || examples != null)) {
            String key = archetypes != null ? "archetypes" : "examples";
            throw model.invalid(key, "null unless " + model.path("dataset") + " = file");
        }
        return new DataSource(kind, classes, threshold, folder, archetypes, examples);
    }

    private static List<Integer> classes(ConfigBlock model) {
        String allowed = "a non-empty list of distinct class labels from 0 to 9, e.g. [0, 1, 7]";
        List<Double> values = model.numbers("classes");
        List<Integer> labels = new java.util.ArrayList<>();
        for (double v : values) {
            if (v != Math.rint(v) || v < 0 || v > 9 || labels.contains((int) v)) {
                throw model.invalid("classes", allowed);
            }
            labels.add((int) v);
        }
        if (labels.isEmpty()) {
            throw model.invalid("classes", allowed);
        }
        return labels;
    }

    /** null: the data/ folder of the installation (where scripts/fetch-data puts it), else ./data. */
    private static Path dataFolder(ConfigBlock model) {
        Path given = optionalPath(model, "data-folder");
        if (given != null) {
            return given;
        }
        String env = System.getenv("DENSEHEBB_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        String home = System.getenv("DENSEHEBB_HOME");
        return (home != null && !home.isBlank() ? Path.of(home, "data") : Path.of("data")).toAbsolutePath();
    }

    /** A path key that may be null; relative paths are taken from the working folder and kept absolute. */
    private static Path optionalPath(ConfigBlock model, String key) {
        if (model.isNull(key)) {
            return null;
        }
        String text = model.text(key);
        if (text.isBlank()) {
            throw model.invalid(key, "a file path, or null");
        }
        try {
            return Path.of(text).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw model.invalid(key, "a file path, or null");
        }
    }

    private static LadderSpec ladder(ConfigBlock ladder) {
        LadderSpec.Kind kind = ladder.choice("kind", LadderSpec.Kind::parse);
        double tMin = ladder.number("t-min");
        double tMax = ladder.number("t-max");
        int slots = ladder.integer("slots");
        List<Double> temperatures = ladder.numbers("temperatures");
        try {
            return new LadderSpec(kind, tMin, tMax, slots, temperatures);
        } catch (InvalidParameterException e) {
            throw ConfigMessages.qualified(e);
        }
    }

    /**
     * The chains advance per-round sweeps between swap attempts, so every count is a whole number of
     * rounds; per-round is read first because the other three are judged against it.
     */
    private static RunConfig.Sweeps sweeps(ConfigBlock sweeps) {
        int perRound = sweeps.integer("per-round", n -> n >= 1, "an integer >= 1");
        String ofPerRound = "multiple of " + sweeps.path("per-round") + " = " + perRound;
        int measureEvery = sweeps.integer("measure-every", n -> n >= 1 && n % perRound == 0, "a positive " + ofPerRound);
        int burnIn = sweeps.integer("burn-in", n -> n >= 0 && n % perRound == 0, "0 or a " + ofPerRound);
        int measure = sweeps.integer("measure", n -> n >= 1 && n % measureEvery == 0,
                "a positive multiple of " + sweeps.path("measure-every") + " = " + measureEvery);
        return new RunConfig.Sweeps(burnIn, measure, perRound, measureEvery);
    }

    /** A null disorder seed is the run's seed, so that a plain run is disorder sample 0 of its seed. */
    private static RunConfig.Disorder disorder(ConfigBlock root) {
        ConfigBlock disorder = root.block("disorder");
        long seed = disorder.isNull("seed") ? root.wholeNumber("seed") : disorder.wholeNumber("seed");
        int sample = disorder.integer("sample", n -> n >= 0, "an integer >= 0 (0 is the disorder of a plain run)");
        return new RunConfig.Disorder(seed, sample);
    }

    private static String output(ConfigBlock root) {
        String output = root.text("output");
        if (output.isBlank()) {
            throw root.invalid("output", "a folder path (not empty)");
        }
        return output;
    }

    private static long failingRound(ConfigBlock testing) {
        long round = testing.wholeNumber("failing-round");
        if (round < -1) {
            throw testing.invalid("failing-round", "-1 (never) or a round number >= 0 (test-only)");
        }
        return round;
    }

    private static Duration checkpointEvery(ConfigBlock root) {
        String allowed = "a positive duration with a unit, e.g. 60s, 5m or 1h";
        Duration every = root.duration("checkpoint-every", allowed);
        if (every.isNegative() || every.isZero()) {
            throw root.invalid("checkpoint-every", allowed);
        }
        return every;
    }
}
