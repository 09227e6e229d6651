package io.densehebb.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigValueType;
import io.densehebb.model.InvalidParameterException;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.DoublePredicate;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * One block of the resolved configuration ({@code densehebb}, {@code densehebb.model}, ...), read
 * with types. A value of the wrong type is refused with the full key, the value and the expected
 * type; the library's own getters would truncate 4.5 to 4 or read a bare 60 as 60 ms.
 */
final class ConfigBlock {

    private final Config config;
    private final String path;

    private ConfigBlock(Config config, String path) {
        this.config = config;
        this.path = path;
    }

    /** The {@code densehebb} block of a resolved configuration. */
    static ConfigBlock root(Config resolved) {
        return new ConfigBlock(resolved, ConfigMessages.ROOT);
    }

    ConfigBlock block(String key) {
        return new ConfigBlock(config, path(key));
    }

    /** The full path of a key of this block, as messages show it. */
    String path(String key) {
        return path + "." + key;
    }

    /** A name from a fixed list; {@code parse} is the model's own parser, given the full path for its message. */
    <T> T choice(String key, BiFunction<String, String, T> parse) {
        return parse.apply(path(key), text(key));
    }

    String text(String key) {
        return read(key, "a string", () -> config.getString(path(key)));
    }

    boolean flag(String key) {
        return read(key, "true or false (on | off, yes | no)", () -> config.getBoolean(path(key)));
    }

    int integer(String key) {
        return integer(key, "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
    }

    /**
     * An int; beyond the int range the value is refused with {@code allowed}, the key's own rule (an
     * N of 10^11 breaks "an integer >= P", which is what the user needs to read, not the int range).
     */
    int integer(String key, String allowed) {
        long value = wholeNumber(key);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw invalid(key, allowed + " (at most " + Integer.MAX_VALUE + ")");
        }
        return (int) value;
    }

    int integer(String key, IntPredicate allowedIf, String allowed) {
        int value = integer(key, allowed);
        if (!allowedIf.test(value)) {
            throw invalid(key, allowed);
        }
        return value;
    }

    long wholeNumber(String key) {
        String range = "an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        Number number = read(key, "an integer", () -> config.getNumber(path(key)));
        // HOCON keeps 4.5, 1e3 and 1e30 (and integers beyond 64 bits) as doubles; only the whole ones
        // that fit in a long are integers.
        if (number instanceof Double d && d != Math.rint(d)) {
            throw invalid(key, "an integer");
        }
        if (number instanceof Double d && Math.abs(d) >= 0x1p63 || number instanceof java.math.BigInteger) {
            throw invalid(key, range);
        }
        return number.longValue();
    }

    double number(String key) {
        // "NaN" and "Infinity" are strings HOCON would convert; no setting here means them.
        double value = read(key, "a number", () -> config.getDouble(path(key)));
        if (!Double.isFinite(value)) {
            throw invalid(key, "a number");
        }
        return value;
    }

    double number(String key, DoublePredicate allowedIf, String allowed) {
        double value = number(key);
        if (!allowedIf.test(value)) {
            throw invalid(key, allowed);
        }
        return value;
    }

    List<Double> numbers(String key) {
        List<Double> values = read(key, "a list of numbers, e.g. [0.5, 0.8]", () -> config.getDoubleList(path(key)));
        if (!values.stream().allMatch(Double::isFinite)) {
            throw invalid(key, "a list of numbers, e.g. [0.5, 0.8]");
        }
        return values;
    }

    /** A duration with a unit: HOCON reads a bare number as milliseconds, which nobody writing 60 means. */
    Duration duration(String key, String allowed) {
        String full = path(key);
        if (!config.getIsNull(full) && config.getValue(full).valueType() == ConfigValueType.NUMBER) {
            throw invalid(key, allowed + " (a bare number would mean milliseconds)");
        }
        return read(key, allowed, () -> config.getDuration(full));
    }

    /** True when the key is set to null (reference.conf gives every key, so null is the only way to be absent). */
    boolean isNull(String key) {
        return config.getIsNull(path(key));
    }

    InvalidParameterException invalid(String key, String allowed) {
        return new InvalidParameterException(path(key), describe(key), allowed);
    }

    /** The value as the user wrote it (1e-9 stays 1e-9), for messages. */
    String describe(String key) {
        String full = path(key);
        return config.getIsNull(full) ? "null" : ConfigMessages.describe(config.getValue(full));
    }

    private <T> T read(String key, String expected, Supplier<T> getter) {
        try {
            return getter.get();
        } catch (ConfigException.WrongType | ConfigException.Missing | ConfigException.BadValue e) {
            // Missing covers null: reference.conf gives every key, so only an explicit null is absent.
            throw invalid(key, expected);
        }
    }
}
