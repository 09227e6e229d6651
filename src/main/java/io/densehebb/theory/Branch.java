package io.densehebb.theory;

import java.util.Locale;

/** The replica-symmetric solution branches with one condensed pattern. */
public enum Branch {
    /** n > 0: the network retrieves the archetype. */
    RETRIEVAL,
    /** n = 0, q > 0: frozen but uncorrelated with the archetype. */
    SPIN_GLASS,
    /** n = q = 0. */
    PARAMAGNET;

    /** The name used in outputs: retrieval, spin-glass, paramagnet. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
