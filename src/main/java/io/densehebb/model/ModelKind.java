package io.densehebb.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which cost function of docs/physics.md section 2 the network uses. */
public enum ModelKind {
    /** Dense Hopfield model storing the archetypes themselves (M = 1, r = 1). */
    HOPFIELD,
    /** Supervised: the teacher gives the class averages etahat. */
    SUPERVISED,
    /** Unsupervised: every example is stored, each with weight 1/M. */
    UNSUPERVISED;

    /** The name users write in configurations and on the command line. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ModelKind parse(String parameter, String text) {
        for (ModelKind kind : values()) {
            if (kind.configName().equals(text)) {
                return kind;
            }
        }
        throw new InvalidParameterException(parameter, text, "one of " + allowed());
    }

    static String allowed() {
        return Arrays.stream(values()).map(ModelKind::configName).collect(Collectors.joining(" | "));
    }
}
