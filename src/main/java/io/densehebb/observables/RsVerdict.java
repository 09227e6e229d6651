package io.densehebb.observables;

/**
 * The replica-symmetry verdict at one temperature and the numbers behind it ({@link ReplicaSymmetryCheck}
 * gives the rules). The shape numbers describe the histogram named by {@code basis}; with two phases
 * ({@link #BOTH_PHASES}) they describe the retrieving pairs and {@code second*} the pairs retrieving nothing.
 *
 * @param verdict             {@link #REPLICA_SYMMETRIC}, {@link #BROKEN}, {@link #COEXISTENCE},
 *                            {@link #NOT_EQUILIBRATED} or {@link #INCONCLUSIVE}
 * @param basis               which P(q) was judged: {@link #SAME_PATTERN}, {@link #NOT_RETRIEVING} or {@link #BOTH_PHASES}
 * @param pairSamples         pair overlaps in that histogram
 * @param qbar                peak position: the mean |q| inside the window that holds the most weight (the peaks
 *                            sit at +-qbar; about N^(-1/2) for the single peak at 0 of a paramagnet)
 * @param width               width of P(q) around its peaks: the standard deviation of |q| over the whole histogram
 * @param expectedWidth       width an RS phase would have: sqrt((1 - qbar^2) / N), the independent-site value
 * @param window              half-width of the windows around +-qbar: max(4 expectedWidth, 2/N)
 * @param weightOutside       fraction of that histogram with ||q| - qbar| > window
 * @param secondQbar          with two phases: qbar of the pairs retrieving nothing; NaN otherwise
 * @param secondWeightOutside with two phases: their weight outside their window; NaN otherwise
 * @param pairSpread          standard deviation across pairs of copies of their mean |q| (NaN with one pair)
 * @param retrievingFraction  fraction of copy measurements that retrieve a pattern ({@link RetrievalRule})
 * @param mixedPairFraction   fraction of all pairs with exactly one retrieving copy
 * @param dipRatio            |m| histogram of the copies: the lowest count between its two modes over the lower mode
 *                            (NaN when nothing lies away from the highest bin); small for two separated phases
 * @param descents            configurations that reached this temperature fresh from the hottest one, all copies
 *                            together; -1 where that does not apply (one temperature, or the hottest slot)
 * @param maxDrift            largest drift of the energy, |m| and q^2 between successive logarithmic windows, in errors
 * @param minEffective        fewest effectively independent measurements of those series, n / (2 tau_int)
 * @param reason              one line saying why
 */
public record RsVerdict(String verdict, String basis, long pairSamples, double qbar, double width, double expectedWidth,
                        double window, double weightOutside, double secondQbar, double secondWeightOutside, double pairSpread,
                        double retrievingFraction, double mixedPairFraction, double dipRatio, long descents, double maxDrift,
                        double minEffective, String reason) {

    public static final String REPLICA_SYMMETRIC = "replica-symmetric";
    public static final String BROKEN = "broken";
    public static final String COEXISTENCE = "coexistence";
    public static final String NOT_EQUILIBRATED = "not-equilibrated";
    public static final String INCONCLUSIVE = "inconclusive";

    /** Pairs whose copies both retrieve the same pattern. */
    public static final String SAME_PATTERN = "same-pattern";
    /** Pairs of which neither copy retrieves a pattern (spin glass, paramagnet). */
    public static final String NOT_RETRIEVING = "not-retrieving";
    /** Both of the above, judged separately: two phases. */
    public static final String BOTH_PHASES = "both-phases";
}
