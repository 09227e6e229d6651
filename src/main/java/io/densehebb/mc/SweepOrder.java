package io.densehebb.mc;

import io.densehebb.model.InvalidParameterException;

/** The order in which a sweep visits the N spins. */
public enum SweepOrder {
    /** 0, 1, ..., N-1 every sweep. */
    SEQUENTIAL("sequential"),
    /** A fresh uniformly random permutation every sweep. */
    RANDOM("random");

    private final String configName;

    SweepOrder(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public static SweepOrder parse(String parameter, String text) {
        for (SweepOrder order : values()) {
            if (order.configName.equals(text)) {
                return order;
            }
        }
        throw new InvalidParameterException(parameter, text, "one of sequential | random");
    }
}
