package io.densehebb.observables;

/**
 * y = c N^b fitted by weighted least squares of ln y against ln N, each point weighted by its error of
 * ln y, error(y) / y. The exponent's error is the fit's, multiplied by sqrt(chi^2 / dof) when that exceeds
 * one (points scattered more than their errors say, as corrections to scaling do); with two points there is
 * no dof and the error is the propagated one.
 *
 * @param exponent      b
 * @param exponentError its error
 * @param amplitude     c
 * @param chi2          chi^2 of the fit
 * @param dof           points - 2
 */
public record PowerLawFit(double exponent, double exponentError, double amplitude, double chi2, int dof) {

    /** Fits y(n) with errors (NaN or non-positive errors: all points weigh the same, and the error comes from the scatter). */
    public static PowerLawFit fit(double[] n, double[] y, double[] error) {
        int points = n.length;
        if (points < 2 || y.length != points || error.length != points) {
            throw new IllegalArgumentException("a power-law fit needs at least two points with one value and one error each");
        }
        boolean weighted = true;
        for (int i = 0; i < points; i++) {
            if (!(y[i] > 0) || !(n[i] > 0)) {
                return new PowerLawFit(Double.NaN, Double.NaN, Double.NaN, Double.NaN, points - 2);
            }
            weighted &= error[i] > 0;
        }
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        double[] x = new double[points];
        double[] ly = new double[points];
        double[] w = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = Math.log(n[i]);
            ly[i] = Math.log(y[i]);
            double sigma = weighted ? error[i] / y[i] : 1.0;
            w[i] = 1.0 / (sigma * sigma);
            sw += w[i];
            sx += w[i] * x[i];
            sy += w[i] * ly[i];
            sxx += w[i] * x[i] * x[i];
            sxy += w[i] * x[i] * ly[i];
        }
        double det = sw * sxx - sx * sx;
        double b = (sw * sxy - sx * sy) / det;
        double a = (sy - b * sx) / sw;
        double chi2 = 0;
        for (int i = 0; i < points; i++) {
            double r = ly[i] - a - b * x[i];
            chi2 += w[i] * r * r;
        }
        int dof = points - 2;
        double variance = sw / det;
        if (!weighted) {
            variance *= dof > 0 ? chi2 / dof : Double.NaN;
        } else if (dof > 0 && chi2 / dof > 1) {
            variance *= chi2 / dof;
        }
        return new PowerLawFit(b, Math.sqrt(variance), Math.exp(a), weighted ? chi2 : Double.NaN, dof);
    }
}
