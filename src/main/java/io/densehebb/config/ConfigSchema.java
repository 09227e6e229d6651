package io.densehebb.config;

import static io.densehebb.config.ConfigMessages.ROOT;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import io.densehebb.model.InvalidParameterException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * reference.conf is the list of every setting there is: a key it lacks is a typo (or a setting from
 * another version) and is refused rather than silently ignored. Blocks must stay blocks; the types
 * of single values are {@link ConfigBlock}'s to check when they are read.
 */
final class ConfigSchema {

    /** Blocks whose keys are the user's (run keys of a sweep's axes): {@link SweepSpecLoader} checks them. */
    private static final Set<String> OPEN_BLOCKS = Set.of(ROOT + ".sweep.grid", ROOT + ".sweep.zip");

    private ConfigSchema() {
    }

    static void check(Config merged, Config reference) {
        checkValue(ROOT, merged.root().get(ROOT), reference.root().get(ROOT));
    }

    private static void checkValue(String path, ConfigValue given, ConfigValue known) {
        if (known.valueType() != ConfigValueType.OBJECT) {
            return;
        }
        if (given.valueType() != ConfigValueType.OBJECT) {
            throw new InvalidParameterException(path, ConfigMessages.describe(given),
                    "a block { " + String.join(", ", inFileOrder((ConfigObject) known)) + " }");
        }
        if (OPEN_BLOCKS.contains(path)) {
            return;
        }
        ConfigObject givenBlock = (ConfigObject) given;
        ConfigObject knownBlock = (ConfigObject) known;
        for (String key : inFileOrder(givenBlock)) {
            String keyPath = path + "." + key;
            if (!knownBlock.containsKey(key)) {
                throw new InvalidParameterException(keyPath, ConfigMessages.describe(givenBlock.get(key)),
                        "an unknown key; known keys in " + path + ": " + String.join(", ", inFileOrder(knownBlock)));
            }
            checkValue(keyPath, givenBlock.get(key), knownBlock.get(key));
        }
    }

    /** Keys in the order they were written (a ConfigObject's own order is a hash order). */
    private static List<String> inFileOrder(ConfigObject block) {
        return block.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, ConfigValue> e) -> e.getValue().origin().lineNumber())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
    }
}
