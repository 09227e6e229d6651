package io.densehebb.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both quadrature regimes against a brute-force composite Simpson rule, across their common boundary.
 * The reference integrands are written out here (ln 2cosh x = |x| + ln(1 + e^(-2|x|)), overflow-free),
 * not taken from the class under test.
 */
class GaussianFieldAverageTest {

    @ParameterizedTest
    @CsvSource({"0.3, 0.2, 1", "0.999, 0.3, 1", "1.001, 0.3, 1", "3, -0.5, 1", "30, 0.1, 0.5", "500, 0.02, 0.3",
        "2, 4, 0.1"})
    void momentsMatchBruteForce(double beta, double mu, double sigma) {
        FieldMoments f = GaussianFieldAverage.moments(beta, mu, sigma);
        double[] ref = simpson(beta, mu, sigma);
        assertThat(f.tanh()).isCloseTo(ref[0], within(1e-9));
        assertThat(f.tanh2()).isCloseTo(ref[1], within(1e-9));
        assertThat(f.sech2()).isCloseTo(1 - ref[1], within(1e-9));
        assertThat(f.logCosh()).isCloseTo(ref[2], within(1e-9));
        assertThat(f.sech4()).isCloseTo(ref[3], within(1e-9));
    }

    private static double[] simpson(double beta, double mu, double sigma) {
        int steps = 400_000;
        double half = 12;
        double h = 2 * half / steps;
        double[] sums = new double[4];
        for (int i = 0; i <= steps; i++) {
            double z = -half + i * h;
            double w = (i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2) * h / 3 * Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
            double x = beta * (mu + sigma * z);
            double t = Math.tanh(x);
            double sech = 1 / Math.cosh(x);
            sums[0] += w * t;
            sums[1] += w * t * t;
            sums[2] += w * (Math.abs(x) + Math.log1p(Math.exp(-2 * Math.abs(x))));
            sums[3] += w * Math.pow(sech, 4);
        }
        return sums;
    }
}
