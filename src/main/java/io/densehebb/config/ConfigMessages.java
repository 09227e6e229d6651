package io.densehebb.config;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import io.densehebb.model.InvalidParameterException;
import java.util.regex.Pattern;

/** The wording of configuration errors: every message names keys by their full path from {@code densehebb}. */
final class ConfigMessages {

    static final String ROOT = "densehebb";

    /** Long blocks are cut: the message is one line, and the key already says where to look. */
    private static final int MAX_VALUE_LENGTH = 60;

    /** NetworkSpec and LadderSpec name keys relative to densehebb (model.P, ladder.t-min), in their texts too. */
    private static final Pattern RELATIVE_KEY = Pattern.compile("(?<![\\w.])(model|ladder)\\.");

    private ConfigMessages() {
    }

    /** A value as the user would recognise it: HOCON's concise (JSON) form, strings quoted. */
    static String describe(ConfigValue value) {
        String text = value.render(ConfigRenderOptions.concise());
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH - 3) + "...";
    }

    /** A Java class name ahead of a message ("java.io.FileNotFoundException: "), which tells a user nothing. */
    private static final Pattern CLASS_NAME = Pattern.compile("(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ?");

    /** An I/O failure in words: its message without Java class names, or what kind of failure it was. */
    static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? "an input/output error" : CLASS_NAME.matcher(message).replaceAll("");
    }

    /** The parser's complaint with its position, without the origin prefix the library puts first. */
    static String reason(ConfigException e) {
        String message = CLASS_NAME.matcher(e.getMessage()).replaceAll("");
        ConfigOrigin origin = e.origin();
        if (origin == null) {
            return message;
        }
        String prefix = origin.description() + ": ";
        String detail = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        return origin.lineNumber() > 0 ? "line " + origin.lineNumber() + ": " + detail : detail;
    }

    /** A model record's complaint (model.P) re-worded with full paths (densehebb.model.P). */
    static InvalidParameterException qualified(InvalidParameterException e) {
        InvalidParameterException full = new InvalidParameterException(
                ROOT + "." + e.parameter(), e.value(), RELATIVE_KEY.matcher(e.allowed()).replaceAll(ROOT + ".$1."));
        full.initCause(e);
        return full;
    }

    /**
     * A complaint about a derived value (K from alpha, r from rho) re-worded against the key the user
     * actually wrote, since that is the one to change.
     */
    static InvalidParameterException derived(InvalidParameterException e, String givenKey, Object givenValue,
                                             String formula, Object derivedValue) {
        String derivedName = e.parameter().substring(e.parameter().lastIndexOf('.') + 1);
        InvalidParameterException onGiven = new InvalidParameterException(givenKey, givenValue,
                "a value for which " + formula + " is allowed (here " + derivedName + " = " + derivedValue
                        + "; allowed: " + e.allowed() + ")");
        onGiven.initCause(e);
        return onGiven;
    }
}
