package io.densehebb.theory;

/** Number of stored patterns K against N (docs/physics.md section 1). */
public enum LoadRegime {
    /** K = O(1): no glassy noise from the non-condensed patterns, alpha = 0. */
    LOW,
    /** K = alpha N^(P-1) (K = alpha N for P = 2), alpha > 0. */
    HIGH
}
