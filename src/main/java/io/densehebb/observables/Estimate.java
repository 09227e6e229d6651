package io.densehebb.observables;

/**
 * A measured average with its error bar.
 *
 * @param mean    the average over measurements (for a derived quantity: the function of the averages)
 * @param error   binning error of the mean, or a jackknife error for a derived quantity; NaN when
 *                fewer than two measurements (or blocks) exist
 * @param tauInt  integrated autocorrelation time of the measured series, in measurements (1/2 when
 *                uncorrelated); NaN for derived quantities, which have no series of their own
 */
public record Estimate(double mean, double error, double tauInt) {

    /** The mean, binning error and autocorrelation time of one accumulated series. */
    public static Estimate of(BinningAccumulator series) {
        return new Estimate(series.mean(), series.error(), series.count() < 2 ? Double.NaN : series.autocorrelationTime());
    }
}
