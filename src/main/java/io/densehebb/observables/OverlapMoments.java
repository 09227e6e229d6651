package io.densehebb.observables;

/**
 * Moments of the replica overlap at one temperature, each from a series of per-measurement averages
 * over the pairs of copies that the moments describe (all pairs, or the same-pattern pairs).
 *
 * @param measurements measurements that had at least one such pair
 * @param q            <q>
 * @param absQ         <|q|>
 * @param q2           <q^2>
 * @param q4           <q^4>
 * @param binder       g = (3 - <q^4>/<q^2>^2) / 2 with a jackknife error over blocks of the (q^2, q^4)
 *                     series (it keeps their strong correlation, which error propagation would drop);
 *                     g = 0 for a Gaussian P(q) at q = 0 and g = 1 for peaks at +-qbar only
 */
public record OverlapMoments(long measurements, Estimate q, Estimate absQ, Estimate q2, Estimate q4, Estimate binder) {
}
