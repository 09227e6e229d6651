package io.densehebb.results;

/**
 * The replica-symmetric prediction at one temperature (docs/physics.md section 5), drawn next to the Monte
 * Carlo numbers: m, n and the overlap q of two replicas in the same retrieval state (P(q) peaks at +-q).
 */
public record TheoryPoint(double m, double n, double q) {
}
