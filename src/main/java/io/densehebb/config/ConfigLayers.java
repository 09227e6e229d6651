package io.densehebb.config;

import static io.densehebb.config.ConfigMessages.ROOT;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import io.densehebb.model.InvalidParameterException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The layers of a run configuration, highest first: the {@code --set} overrides, the user's file,
 * and reference.conf. Parsing and merging only: {@link ConfigSchema} checks the keys and
 * {@link ConfigBlock} the types.
 */
final class ConfigLayers {

    private static final String USER_FILE = "config file";
    private static final String SET = "--set";

    private static final String SET_USAGE = "key=value with the key relative to " + ROOT + ", e.g. model.P=4";

    /** One source of settings, resolved against the merged whole so that substitutions read as they will be used. */
    private record Layer(String name, Config config) {

        boolean gives(String path) {
            return config.hasPath(path);
        }
    }

    private final List<Layer> layers;
    private final Config merged;
    private final Config reference;

    private ConfigLayers(List<Layer> layers, Config merged, Config reference) {
        this.layers = layers;
        this.merged = merged;
        this.reference = reference;
    }

    static ConfigLayers read(Path userFile, List<String> overrides) {
        Config file = parseUserFile(userFile);
        requireOnlyRootBlock(file, userFile);
        Config set = ConfigFactory.empty();
        for (String assignment : overrides) {
            set = parseOverride(assignment).withFallback(set); // a later --set wins
        }
        // Every reference.conf on the class path (Pekko's too); only the densehebb block is read.
        Config reference = ConfigFactory.defaultReference();
        Config merged;
        try {
            merged = set.withFallback(file).withFallback(reference).resolve();
        } catch (ConfigException e) {
            String source = e.origin() != null && e.origin().description().startsWith(SET) ? SET : USER_FILE;
            String value = source.equals(USER_FILE) ? userFile.toString() : String.join(" ", overrides);
            throw new InvalidParameterException(source, value,
                    "substitutions that resolve (" + ConfigMessages.reason(e) + ")");
        }
        List<Layer> layers = List.of(
                new Layer(SET, set.resolveWith(merged)),
                new Layer(userFile.toString(), file.resolveWith(merged)),
                new Layer("reference.conf", reference));
        return new ConfigLayers(layers, merged, reference);
    }

    /** The three layers merged and resolved. */
    Config merged() {
        return merged;
    }

    /** reference.conf alone: the list of every key there is. */
    Config reference() {
        return reference;
    }

    /**
     * Whether {@code key} rather than {@code alternative} is in force, for two keys that say the same
     * thing two ways (alpha or K, rho or r): the one given by the highest layer that gives either.
     * So --set model.alpha=0.01 replaces the run file's K, but one layer giving both is refused.
     */
    boolean uses(String key, String alternative) {
        for (Layer layer : layers) {
            boolean givesKey = layer.gives(key);
            boolean givesAlternative = layer.gives(alternative);
            if (givesKey && givesAlternative) {
                throw new InvalidParameterException(key, ConfigMessages.describe(layer.config().getValue(key)),
                        "together with " + alternative + " = " + ConfigMessages.describe(layer.config().getValue(alternative))
                                + " in " + layer.name() + "; give " + lastSegment(key) + " or " + lastSegment(alternative)
                                + ", not both");
            }
            if (givesKey || givesAlternative) {
                return givesKey;
            }
        }
        throw new IllegalStateException("reference.conf gives neither " + key + " nor " + alternative);
    }

    private static Config parseUserFile(Path userFile) {
        if (!Files.exists(userFile)) {
            throw new InvalidParameterException(USER_FILE, userFile, "an existing file (there is none at this path)");
        }
        if (Files.isDirectory(userFile)) {
            throw new InvalidParameterException(USER_FILE, userFile, "a file, not a folder");
        }
        // HOCON whatever the file name ends with (run.conf, x.hocon, ...); the library's default
        // would quietly give an empty configuration for a file that vanished meanwhile.
        ConfigParseOptions options = ConfigParseOptions.defaults().setSyntax(ConfigSyntax.CONF).setAllowMissing(false)
                .setOriginDescription(userFile.toString());
        String text;
        try {
            text = Files.readString(userFile, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new InvalidParameterException(USER_FILE, userFile, "a UTF-8 text file (this one is not)");
        } catch (IOException e) {
            throw new InvalidParameterException(USER_FILE, userFile, "a readable file (" + ConfigMessages.reason(e) + ")");
        }
        // Editors on Windows start UTF-8 files with a byte-order mark, which HOCON would read as a key.
        if (text.startsWith(BYTE_ORDER_MARK)) {
            text = text.substring(1);
        }
        Config parsed;
        try {
            parsed = ConfigFactory.parseString(text, options);
        } catch (ConfigException.Parse e) {
            throw new InvalidParameterException(USER_FILE, userFile, "valid HOCON (" + ConfigMessages.reason(e) + ")");
        } catch (ConfigException e) {
            throw new InvalidParameterException(USER_FILE, userFile, "a readable file (" + ConfigMessages.reason(e) + ")");
        }
        if (parsed.root().isEmpty()) {
            // an empty file is more likely a mistake (a failed download, the wrong path) than a wish for every default
            throw new InvalidParameterException(USER_FILE, userFile,
                    "a run configuration, not an empty one; see conf/quickstart.conf (write densehebb {} to run every default)");
        }
        return parsed;
    }

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /** A misspelt densehebb block would otherwise leave the whole file unread. */
    private static void requireOnlyRootBlock(Config file, Path userFile) {
        ConfigObject root = file.root();
        root.keySet().stream().filter(key -> !key.equals(ROOT)).sorted().findFirst().ifPresent(key -> {
            throw new InvalidParameterException(key, ConfigMessages.describe(root.get(key)),
                    "an unknown top-level key in " + userFile + "; a run configuration holds one block, " + ROOT + " { ... }");
        });
    }

    /** {@code model.P=4}: the value is HOCON, so lists, durations and quoted strings work as in a file. */
    private static Config parseOverride(String assignment) {
        int equals = assignment.indexOf('=');
        String key = equals > 0 ? assignment.substring(0, equals).strip() : "";
        if (key.isEmpty() || key.startsWith(ROOT + ".")) {
            throw new InvalidParameterException(SET, assignment, SET_USAGE);
        }
        String text = assignment.substring(equals + 1).strip();
        ConfigValue value;
        try {
            ConfigObject parsed = ConfigFactory.parseString("value = " + text,
                    ConfigParseOptions.defaults().setOriginDescription(SET + " " + key)).root();
            if (parsed.size() != 1) {
                throw new InvalidParameterException(SET + " " + key, text, "one HOCON value (one --set per key)");
            }
            value = parsed.get("value");
        } catch (ConfigException e) {
            throw new InvalidParameterException(SET + " " + key, text, "a HOCON value (" + ConfigMessages.reason(e) + ")");
        }
        try {
            return value.atPath(ROOT + "." + key);
        } catch (ConfigException.BadPath e) {
            throw new InvalidParameterException(SET, assignment, SET_USAGE);
        }
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
