package io.densehebb.observables;

import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.mc.PackedSpins;
import io.densehebb.model.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One pattern (K = 1), where replica symmetry cannot break, at any N: copies drawn independently and exactly
 * from the Boltzmann distribution by the sum over the N + 1 values of the Mattis magnetisation
 * (docs/physics.md section 8). For the dense Hopfield model with distinct indices (docs/physics.md
 * section 2, R = 1) H = -(P!/2) N^(1-P) e_P(x), x_i = xi_i sigma_i, and e_P of a = N(1 + m)/2 values +1 and
 * b = N - a values -1 is the coefficient of t^P in (1 + t)^a (1 - t)^b. P = 4 has a first-order transition:
 * near the temperature where half of the weight is retrieval, copies sit in either phase and the verdict
 * must be coexistence; away from it, replica-symmetric; never broken. The samples are exact and independent,
 * so the verdict's drift and autocorrelation checks must pass too; with 2000 measurements of 4 copies the
 * phase fractions are known to about 1 %, far from the 10 % a phase needs to count.
 */
class ExactOnePatternVerdictTest {

    private static final int P = 4;
    private static final int COPIES = 4;
    private static final int MEASUREMENTS = 2000;

    @ParameterizedTest(name = "N = {0}")
    @ValueSource(ints = {64, 256})
    void oneFourBodyPatternCoexistsAtItsTransitionAndIsNeverBroken(int n) {
        UniformRandomProvider rng = RandomStreams.create(51, RandomStreams.Purpose.DYNAMICS, n);
        byte[] xi = new byte[n];
        for (int i = 0; i < n; i++) {
            xi[i] = rng.nextBoolean() ? (byte) 1 : (byte) -1;
        }
        double transition = halfRetrievalTemperature(n);
        double[] temperatures = {transition - 0.1, transition - 0.03, transition, transition + 0.03, transition + 0.1};
        for (double t : temperatures) {
            double[] p = agreementProbabilities(n, 1.0 / t);
            double[] energy = new double[n + 1];
            for (int a = 0; a <= n; a++) {
                energy[a] = energy(a, n) / n;
            }
            SlotStatistics stats = new SlotStatistics(n, COPIES, 1);
            for (int k = 0; k < MEASUREMENTS; k++) {
                ReplicaSample[] copies = new ReplicaSample[COPIES];
                for (int c = 0; c < COPIES; c++) {
                    copies[c] = draw(xi, p, energy, rng);
                }
                stats.add(copies);
            }
            RsVerdict v = ReplicaSymmetryCheck.judge(stats.summary(), -1);
            assertThat(v.verdict()).as("N = %d, T = %.4f: %s", n, t, v.reason()).isNotEqualTo(RsVerdict.BROKEN)
                    .isNotEqualTo(RsVerdict.NOT_EQUILIBRATED);
            if (t == transition) {
                assertThat(v.verdict()).as("N = %d, T = %.4f: %s", n, t, v.reason()).isEqualTo(RsVerdict.COEXISTENCE);
            }
            if (Math.abs(t - transition) > 0.05) {
                assertThat(v.verdict()).as("N = %d, T = %.4f: %s", n, t, v.reason()).isEqualTo(RsVerdict.REPLICA_SYMMETRIC);
            }
        }
    }

    /** The temperature at which the configurations with m > 1/2 carry half the Boltzmann weight (bisection). */
    private static double halfRetrievalTemperature(int n) {
        double lo = 0.4;
        double hi = 1.2;
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (lo + hi);
            double[] p = agreementProbabilities(n, 1.0 / mid);
            double retrieval = 0;
            for (int a = 0; a <= n; a++) {
                if (Math.abs(2.0 * a - n) / n > 0.5) {
                    retrieval += p[a];
                }
            }
            if (retrieval > 0.5) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** P(a agreements with xi) = C(N, a) exp(-beta H(a)) / Z, exactly, in logarithms. */
    static double[] agreementProbabilities(int n, double beta) {
        double[] logWeight = new double[n + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int a = 0; a <= n; a++) {
            logWeight[a] = logChoose(n, a) - beta * energy(a, n);
            max = Math.max(max, logWeight[a]);
        }
        double z = 0;
        double[] p = new double[n + 1];
        for (int a = 0; a <= n; a++) {
            p[a] = Math.exp(logWeight[a] - max);
            z += p[a];
        }
        for (int a = 0; a <= n; a++) {
            p[a] /= z;
        }
        return p;
    }

    /** H for a agreements out of N: -(P!/2) N^(1-P) e_P(x), P! = 24. */
    private static double energy(int a, int n) {
        return -12.0 * elementary(a, n - a) / Math.pow(n, P - 1);
    }

    /** e_P of a values +1 and b values -1: sum_j C(a, j) C(b, P - j) (-1)^(P - j). */
    private static double elementary(int a, int b) {
        double sum = 0;
        for (int j = 0; j <= P; j++) {
            sum += choose(a, j) * choose(b, P - j) * ((P - j) % 2 == 0 ? 1 : -1);
        }
        return sum;
    }

    private static double choose(int n, int k) {
        if (k < 0 || k > n) {
            return 0;
        }
        double c = 1;
        for (int i = 0; i < k; i++) {
            c = c * (n - i) / (i + 1);
        }
        return c;
    }

    private static double logChoose(int n, int k) {
        double s = 0;
        for (int i = 0; i < k; i++) {
            s += Math.log((n - i) / (double) (i + 1));
        }
        return s;
    }

    /** A configuration with a agreements drawn from p, the disagreeing sites uniform, mirrored with probability 1/2. */
    private static ReplicaSample draw(byte[] xi, double[] p, double[] energyPerSpin, UniformRandomProvider rng) {
        int n = xi.length;
        double u = rng.nextDouble();
        int a = 0;
        double cumulative = p[0];
        while (u > cumulative && a < n) {
            cumulative += p[++a];
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            int j = rng.nextInt(i + 1);
            order[i] = order[j];
            order[j] = i;
        }
        boolean mirror = rng.nextBoolean();
        byte[] sigma = new byte[n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            boolean agree = k < a;
            sigma[i] = (byte) (xi[i] * (agree != mirror ? 1 : -1));
        }
        double m = (mirror ? -1 : 1) * (2.0 * a - n) / n;
        return new ReplicaSample(energyPerSpin[a], new double[] {m}, new double[] {m}, PackedSpins.pack(sigma));
    }
}
