package io.densehebb.theory;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.special.Erf;

/**
 * E over z ~ N(0,1) of tanh, sech^2, ln 2cosh and sech^4 of x = beta (mu + sigma z), accurate to about
 * 1e-10 at every temperature.
 *
 * <p>When s = beta sigma is at most 1 the integrand is smooth on the scale of the Gaussian and a
 * 96-node Gauss-Hermite rule (even, so symmetric about z = 0) is exact to rounding. At lower
 * temperatures the integrand becomes a step of width 1/s, where Gauss-Hermite converges slowly, so
 * each function is split into its large-|x| asymptote (sign x, 1, |x|, 0), whose Gaussian average is
 * closed-form (erf), plus a remainder that decays like exp(-2|x|). The remainder is integrated in x
 * with panelled Gauss-Legendre on either side of the kink x = 0, where the Gaussian density is a smooth
 * factor. Both rules depend smoothly on (beta, mu, sigma), so root finders see a smooth function.
 */
final class GaussianFieldAverage {

    /** beta sigma up to which Gauss-Hermite is used. */
    static final double SMOOTH_LIMIT = 1.0;

    private static final int HERMITE_NODES = 96;
    private static final double[] HERMITE_Z;
    private static final double[] HERMITE_W;

    /** Panel edges in x >= 0; exp(-2 * 18) ~ 2e-16 bounds what is left beyond the last one. */
    private static final double[] PANEL_EDGES = {0, 0.5, 1.5, 3, 5, 8, 12, 18};
    private static final int LEGENDRE_NODES = 10;
    private static final double[] TAIL_X;
    private static final double[] TAIL_W;

    private static final double SQRT_TWO = Math.sqrt(2);
    private static final double SQRT_TWO_OVER_PI = Math.sqrt(2 / Math.PI);
    private static final double INV_SQRT_TWO_PI = 1 / Math.sqrt(2 * Math.PI);

    static {
        GaussIntegrator hermite = new GaussIntegratorFactory().hermite(HERMITE_NODES);
        HERMITE_Z = new double[HERMITE_NODES];
        HERMITE_W = new double[HERMITE_NODES];
        for (int i = 0; i < HERMITE_NODES; i++) {
            // The rule integrates against exp(-x^2); z = sqrt(2) x turns it into a standard normal average.
            HERMITE_Z[i] = SQRT_TWO * hermite.getPoint(i);
            HERMITE_W[i] = hermite.getWeight(i) / Math.sqrt(Math.PI);
        }
        int panels = PANEL_EDGES.length - 1;
        TAIL_X = new double[panels * LEGENDRE_NODES];
        TAIL_W = new double[panels * LEGENDRE_NODES];
        GaussIntegratorFactory factory = new GaussIntegratorFactory();
        for (int p = 0; p < panels; p++) {
            GaussIntegrator legendre = factory.legendre(LEGENDRE_NODES, PANEL_EDGES[p], PANEL_EDGES[p + 1]);
            for (int i = 0; i < LEGENDRE_NODES; i++) {
                TAIL_X[p * LEGENDRE_NODES + i] = legendre.getPoint(i);
                TAIL_W[p * LEGENDRE_NODES + i] = legendre.getWeight(i);
            }
        }
    }

    private GaussianFieldAverage() {
    }

    /** The moments at finite beta; sigma = 0 is a deterministic field. */
    static FieldMoments moments(double beta, double mu, double sigma) {
        if (sigma == 0) {
            return pointMoments(beta * mu);
        }
        double s = beta * sigma;
        return s <= SMOOTH_LIMIT ? hermite(beta, mu, sigma) : splitAtKink(beta, mu, sigma);
    }

    private static FieldMoments pointMoments(double x) {
        double t = Math.tanh(x);
        double sech2 = sech2(x);
        return new FieldMoments(t, t * t, sech2, logTwoCosh(x), sech2 * sech2);
    }

    private static FieldMoments hermite(double beta, double mu, double sigma) {
        double tanh = 0;
        double tanh2 = 0;
        double sech2 = 0;
        double logCosh = 0;
        double sech4 = 0;
        for (int i = 0; i < HERMITE_NODES; i++) {
            double x = beta * (mu + sigma * HERMITE_Z[i]);
            double w = HERMITE_W[i];
            double s2 = sech2(x);
            double t = Math.tanh(x);
            tanh += w * t;
            tanh2 += w * t * t;
            sech2 += w * s2;
            logCosh += w * logTwoCosh(x);
            sech4 += w * s2 * s2;
        }
        return new FieldMoments(tanh, tanh2, sech2, logCosh, sech4);
    }

    private static FieldMoments splitAtKink(double beta, double mu, double sigma) {
        double s = beta * sigma;
        double z0 = -mu / sigma;
        double erf = Erf.erf(mu / (sigma * SQRT_TWO));
        double gauss = Math.exp(-0.5 * z0 * z0);
        double meanAbsField = beta * (sigma * SQRT_TWO_OVER_PI * gauss + mu * erf);
        double tanhRest = 0;
        double sech2 = 0;
        double logCoshRest = 0;
        double sech4 = 0;
        for (int i = 0; i < TAIL_X.length; i++) {
            double x = TAIL_X[i];
            // Gaussian density of z = z0 + x / s, times dz/dx, on both sides of the kink.
            double zPlus = z0 + x / s;
            double zMinus = z0 - x / s;
            double wPlus = TAIL_W[i] * INV_SQRT_TWO_PI * Math.exp(-0.5 * zPlus * zPlus) / s;
            double wMinus = TAIL_W[i] * INV_SQRT_TWO_PI * Math.exp(-0.5 * zMinus * zMinus) / s;
            double e = Math.exp(-2 * x);
            double tanhMinusSign = -2 * e / (1 + e);
            double s2 = 4 * e / ((1 + e) * (1 + e));
            tanhRest += (wPlus - wMinus) * tanhMinusSign;
            sech2 += (wPlus + wMinus) * s2;
            logCoshRest += (wPlus + wMinus) * Math.log1p(e);
            sech4 += (wPlus + wMinus) * s2 * s2;
        }
        return new FieldMoments(erf + tanhRest, 1 - sech2, sech2, meanAbsField + logCoshRest, sech4);
    }

    /** E sign(h), E |h| and the density 2 p_h(0) of h ~ N(mu, sigma^2): the beta -> infinity limits. */
    static ZeroTemperatureMoments zeroTemperature(double mu, double sigma) {
        if (sigma == 0) {
            return new ZeroTemperatureMoments(Math.signum(mu), mu == 0 ? 0 : 1, Math.abs(mu),
                    mu == 0 ? Double.POSITIVE_INFINITY : 0);
        }
        double u = mu / sigma;
        double gauss = Math.exp(-0.5 * u * u);
        double erf = Erf.erf(u / SQRT_TWO);
        return new ZeroTemperatureMoments(erf, 1, sigma * SQRT_TWO_OVER_PI * gauss + mu * erf,
                2 * INV_SQRT_TWO_PI * gauss / sigma);
    }

    static double logTwoCosh(double x) {
        double a = Math.abs(x);
        return a + Math.log1p(Math.exp(-2 * a));
    }

    private static double sech2(double x) {
        double e = Math.exp(-2 * Math.abs(x));
        return 4 * e / ((1 + e) * (1 + e));
    }
}
