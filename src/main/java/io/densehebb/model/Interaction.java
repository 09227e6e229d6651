package io.densehebb.model;

import java.util.Locale;

/**
 * Which index tuples enter the P-body sum (docs/physics.md section 2). DISTINCT is the pure P-body
 * interaction that the replica-symmetric theory describes; FULL_POWER keeps every tuple, i.e.
 * H = -(N/2) R^(-P/2) sum_mu ntilde_mu^P, which adds lower-order spin-glass noise at high load.
 */
public enum Interaction {
    DISTINCT,
    FULL_POWER;

    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Interaction parse(String parameter, String text) {
        for (Interaction interaction : values()) {
            if (interaction.configName().equals(text)) {
                return interaction;
            }
        }
        throw new InvalidParameterException(parameter, text, "one of distinct | full-power");
    }
}
