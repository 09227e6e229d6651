package io.densehebb.mc;

import io.densehebb.model.InvalidParameterException;

/** Which family of flip kernels a {@link SpinState} may use (see {@link FlipKernels}). */
public enum KernelChoice {
    /** The fastest exact kernel the data allows, vector kernels when jdk.incubator.vector is present. */
    AUTO("auto"),
    /** The same choice without the Vector API (what runs when the module is absent). */
    SCALAR("scalar"),
    /** The scalar reference path every fast kernel is tested against. */
    REFERENCE("reference");

    private final String configName;

    KernelChoice(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public static KernelChoice parse(String parameter, String text) {
        for (KernelChoice k : values()) {
            if (k.configName.equals(text)) {
                return k;
            }
        }
        throw new InvalidParameterException(parameter, text, "one of auto | scalar | reference");
    }
}
