package io.densehebb.observables;

/**
 * Everything measured at one temperature slot over C independent copies. Per measurement each
 * quantity is first averaged over copies (or pairs of copies), and errors are binning errors of that
 * averaged series, so correlations between copies inside one measurement are accounted for.
 *
 * @param measurements       measurements folded in
 * @param energy             energy per spin E/N
 * @param m                  |m_mu*| of the retrieved pattern mu* = argmax_mu |m_mu| of each copy
 * @param n                  |n_mu*| for the same mu* (equal to m for the Hopfield model)
 * @param patternAbsM        <|m_mu|> for every archetype mu, averaged over copies and measurements (no error)
 * @param copyM              <|m_mu*|> of each copy on its own (no error): the spread across copies
 * @param overlap            moments of q_ab over all pairs a < b
 * @param samePatternOverlap moments of q_ab over the pairs retrieving the same pattern (the conditioned
 *                           overlap of docs/physics.md section 4; measurements without such a pair are skipped)
 * @param histogram          P(q): raw, same-pattern and different-pattern pair counts
 * @param pairAbsQ           <|q_ab|> of each pair (a, b), a < b, in the order (0,1), (0,2), ..., (1,2), ...
 * @param verdict            replica symmetry from P(q), see {@link ReplicaSymmetryCheck}
 */
public record SlotSummary(
        long measurements,
        Estimate energy,
        Estimate m,
        Estimate n,
        double[] patternAbsM,
        double[] copyM,
        OverlapMoments overlap,
        OverlapMoments samePatternOverlap,
        OverlapHistogram histogram,
        double[] pairAbsQ,
        RsVerdict verdict) {
}
