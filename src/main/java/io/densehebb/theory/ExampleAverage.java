package io.densehebb.theory;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The average over c = chihat / r of docs/physics.md section 5. A discrete law (clean data: c = 1; finite M:
 * the exact binomial law) is summed point by point. The Gaussian law c = 1 + sqrt(rho) Y is folded into
 * the noise: h = A (1 + sqrt(rho) Y) + sigma z is itself Gaussian, N(A, A^2 rho + sigma^2), and
 * E[c tanh(beta h)] = E tanh(beta h) + rho A beta E sech^2(beta h) by Gaussian integration by parts in
 * Y, so every average is one-dimensional and stays accurate when T -> 0.
 */
abstract class ExampleAverage {

    /** Averages at T > 0 for the field h = amplitude c + sigma z. */
    abstract SiteAverages finite(double beta, double amplitude, double sigma);

    /** The T = 0 limits of the same averages. */
    abstract SiteAverages zeroTemperature(double amplitude, double sigma);

    static ExampleAverage of(DatasetQuality data) {
        if (data instanceof DatasetQuality.FiniteSample sample) {
            return Discrete.binomial(sample.examples(), sample.r());
        }
        if (data instanceof DatasetQuality.Gaussian gaussian && gaussian.rho() > 0) {
            return new GaussianLaw(gaussian.rho());
        }
        return new Discrete(new double[] {1.0}, new double[] {1.0});
    }

    /** c takes finitely many values c_k with probabilities w_k. */
    static final class Discrete extends ExampleAverage {
        /** Binomial probabilities below this are dropped: they cannot move any result at 1e-12. */
        private static final double NEGLIGIBLE = 1e-16;

        private final double[] values;
        private final double[] weights;

        Discrete(double[] values, double[] weights) {
            this.values = values;
            this.weights = weights;
        }

        /** M chihat = 2B - M, B ~ Binomial(M, (1 + r) / 2); c = chihat / r. */
        static Discrete binomial(int examples, double r) {
            BinomialDistribution law = new BinomialDistribution(null, examples, (1 + r) / 2);
            int kept = 0;
            double[] c = new double[examples + 1];
            double[] w = new double[examples + 1];
            for (int b = 0; b <= examples; b++) {
                double probability = law.probability(b);
                if (probability > NEGLIGIBLE) {
                    c[kept] = (2.0 * b - examples) / (examples * r);
                    w[kept] = probability;
                    kept++;
                }
            }
            double total = 0;
            for (int i = 0; i < kept; i++) {
                total += w[i];
            }
            double[] values = new double[kept];
            double[] weights = new double[kept];
            for (int i = 0; i < kept; i++) {
                values[i] = c[i];
                weights[i] = w[i] / total;
            }
            return new Discrete(values, weights);
        }

        @Override
        SiteAverages finite(double beta, double amplitude, double sigma) {
            double m = 0;
            double q = 0;
            double weighted = 0;
            double logCosh = 0;
            double sech2 = 0;
            double sech4 = 0;
            for (int k = 0; k < values.length; k++) {
                FieldMoments f = GaussianFieldAverage.moments(beta, amplitude * values[k], sigma);
                double w = weights[k];
                m += w * f.tanh();
                q += w * f.tanh2();
                weighted += w * values[k] * f.tanh();
                logCosh += w * f.logCosh();
                sech2 += w * f.sech2();
                sech4 += w * f.sech4();
            }
            return new SiteAverages(m, q, weighted, -logCosh / beta, beta * sech2, beta * beta * sech4);
        }

        @Override
        SiteAverages zeroTemperature(double amplitude, double sigma) {
            double m = 0;
            double q = 0;
            double weighted = 0;
            double abs = 0;
            double delta = 0;
            for (int k = 0; k < values.length; k++) {
                ZeroTemperatureMoments f = GaussianFieldAverage.zeroTemperature(amplitude * values[k], sigma);
                double w = weights[k];
                m += w * f.sign();
                q += w * f.signSquare();
                weighted += w * values[k] * f.sign();
                abs += w * f.absField();
                delta += w * f.delta();
            }
            return new SiteAverages(m, q, weighted, -abs, delta, delta > 0 ? Double.POSITIVE_INFINITY : 0);
        }
    }

    /** c = 1 + sqrt(rho) Y, folded into one Gaussian field of variance amplitude^2 rho + sigma^2. */
    static final class GaussianLaw extends ExampleAverage {
        private final double rho;

        GaussianLaw(double rho) {
            this.rho = rho;
        }

        @Override
        SiteAverages finite(double beta, double amplitude, double sigma) {
            double spread = Math.sqrt(amplitude * amplitude * rho + sigma * sigma);
            FieldMoments f = GaussianFieldAverage.moments(beta, amplitude, spread);
            double susceptibility = beta * f.sech2();
            return new SiteAverages(f.tanh(), f.tanh2(), f.tanh() + rho * amplitude * susceptibility,
                    -f.logCosh() / beta, susceptibility, beta * beta * f.sech4());
        }

        @Override
        SiteAverages zeroTemperature(double amplitude, double sigma) {
            double spread = Math.sqrt(amplitude * amplitude * rho + sigma * sigma);
            ZeroTemperatureMoments f = GaussianFieldAverage.zeroTemperature(amplitude, spread);
            double weighted = amplitude == 0 ? f.sign() : f.sign() + rho * amplitude * f.delta();
            return new SiteAverages(f.sign(), f.signSquare(), weighted, -f.absField(), f.delta(),
                    f.delta() > 0 ? Double.POSITIVE_INFINITY : 0);
        }
    }
}
