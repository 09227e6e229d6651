package io.densehebb.observables;

/**
 * Everything measured at one temperature slot over C independent copies. Per measurement each
 * quantity is first averaged over copies (or pairs of copies), and errors are binning errors of that
 * averaged series, so correlations between copies inside one measurement are accounted for.
 *
 * @param measurements       measurements folded in
 * @param energy             energy per spin E/N
 * @param m                  |m_mu*| of the largest overlap mu* = argmax_mu |m_mu| of each copy, whether or not
 *                           the copy retrieves it (in a spin glass or paramagnet this is the largest of K noise overlaps)
 * @param n                  |n_mu*| for the same mu* (equal to m for the Hopfield model)
 * @param patternAbsM        <|m_mu|> for every archetype mu, averaged over copies and measurements (no error)
 * @param copyM              <|m_mu*|> of each copy on its own (no error): the spread across copies
 * @param overlap            moments of q_ab over all pairs a < b
 * @param samePatternOverlap moments of q_ab over the pairs whose copies both retrieve the same pattern (the
 *                           conditioned overlap of docs/physics.md section 4; measurements without such a pair are skipped)
 * @param histogram          P(q) by pair class: raw, same pattern, different patterns, mixed phases, neither retrieving
 * @param pairAbsQ           <|q_ab|> of each pair (a, b), a < b, in the order (0,1), (0,2), ..., (1,2), ...
 * @param pairSpread         standard deviation across pairs of their <|q_ab|> (NaN with one pair)
 * @param retrievingFraction fraction of copy measurements that retrieve a pattern ({@link RetrievalRule})
 * @param retrievingM        |m_mu*| averaged over the retrieving copies of each measurement (measurements without
 *                           one are skipped): what the RS retrieval m is compared with
 * @param retrievingN        |n_mu*| likewise
 * @param copyAbsM           histogram of |m_mu*| over copy measurements over [0, 1], each bin holding the same number
 *                           of possible values of |m| ({@link SlotStatistics#magnetisationBins(int)})
 * @param equilibration      drift and effective measurements of the energy, |m_mu*| and q^2 series
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
        double pairSpread,
        double retrievingFraction,
        Estimate retrievingM,
        Estimate retrievingN,
        long[] copyAbsM,
        Equilibration equilibration) {
}
