package io.densehebb.mc;

import io.densehebb.model.InvalidParameterException;

/** Single-spin acceptance rule (docs/physics.md section 3). */
public enum UpdateRule {
    /** Accept with probability min(1, exp(-beta dE)). */
    METROPOLIS("metropolis"),
    /** Glauber: flip with probability 1 / (1 + exp(beta dE)). */
    HEAT_BATH("heat-bath");

    private final String configName;

    UpdateRule(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public static UpdateRule parse(String parameter, String text) {
        for (UpdateRule rule : values()) {
            if (rule.configName.equals(text)) {
                return rule;
            }
        }
        throw new InvalidParameterException(parameter, text, "one of metropolis | heat-bath");
    }
}
