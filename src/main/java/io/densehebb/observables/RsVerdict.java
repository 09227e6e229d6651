package io.densehebb.observables;

/**
 * The replica-symmetry verdict at one temperature and the numbers behind it ({@link ReplicaSymmetryCheck}
 * gives the rules). The numbers describe the histogram named by {@code basis}.
 *
 * @param verdict         {@link #REPLICA_SYMMETRIC}, {@link #BROKEN} or {@link #INCONCLUSIVE}
 * @param basis           which P(q) the numbers describe: {@link #RAW} or {@link #SAME_PATTERN}
 * @param pairSamples     pair overlaps in that histogram
 * @param qbar            peak position: the mean |q| inside the window that holds the most weight (the peaks
 *                        sit at +-qbar; about N^(-1/2) for the single peak at 0 of a paramagnet)
 * @param width           width of P(q) around its peaks: the standard deviation of |q| over the whole histogram
 * @param expectedWidth   width an RS phase would have: sqrt((1 - qbar^2) / N), the independent-site value
 * @param window          half-width of the windows around +-qbar: max(4 expectedWidth, 2/N)
 * @param weightOutside   fraction of that histogram with ||q| - qbar| > window
 * @param pairSpread      standard deviation across pairs of copies of their mean |q| (NaN with one pair)
 * @param reason          one line saying why
 */
public record RsVerdict(String verdict, String basis, long pairSamples, double qbar, double width, double expectedWidth,
                        double window, double weightOutside, double pairSpread, String reason) {

    public static final String REPLICA_SYMMETRIC = "replica-symmetric";
    public static final String BROKEN = "broken";
    public static final String INCONCLUSIVE = "inconclusive";

    public static final String RAW = "raw";
    public static final String SAME_PATTERN = "same-pattern";
}
