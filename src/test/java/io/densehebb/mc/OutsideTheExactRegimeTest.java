package io.densehebb.mc;

import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.model.Interaction;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;
import io.densehebb.model.RandomStreams;
import java.math.BigInteger;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * P = 8, N = 700, K = 16: the integer S of a flip no longer fits 2^60 (2 C(699, 7) * 4 K > 2^60;
 * {@link Couplings#exact} is false), so the reference kernel computes dE in doubles (distinct: e_7 of the other 399 spins as a
 * polynomial in their sum; full power: a binomial expansion). Along 10^5 random flips from xi^1 (one
 * term at |p1| = N, where the polynomials are largest) every dE is compared with the exact integer
 * change: per term, the elementary symmetric polynomials e_0..e_8 of x_j = xi_j sigma_j (distinct,
 * |e_k| <= C(700, 8) < 2^63) or p1^8 (full power, in BigInteger past 2^63) are kept exactly and
 * updated at each flip, and dE = C * (exact integer). Bounds:
 *
 * <ul>
 *   <li>each dE within 1e-12 of the scale C * sum_t |term t's integer| (the sum's own conditioning;
 *       measured: at most 5e-16 distinct, 3.4e-15 full power);</li>
 *   <li>drift: after 10^5 flips the state's energy equals the exact energy, and the running sum of the
 *       kernel's dE equals the exact change of energy, both within 1e-12 of C * sum_t |e_8| (or p1^8)
 *       at the start; the tracked sums pass {@link SpinState#checkConsistency}.</li>
 * </ul>
 */
class OutsideTheExactRegimeTest {

    private static final int P = 8;
    private static final int N = 700;
    private static final int K = 16;
    private static final int FLIPS = 100_000;
    private static final double RELATIVE = 1e-12;

    @ParameterizedTest
    @EnumSource(Interaction.class)
    void everyEnergyChangeAndTheEnergyAfter100000FlipsAgreeWithExactIntegers(Interaction interaction) {
        Network network = Network.synthetic(NetworkSpec.hopfield(P, N, K, interaction), 3);
        Couplings couplings = new Couplings(network);
        assertThat(couplings.exact).as("outside the exact regime").isFalse();
        byte[] start = network.dataset().archetypes().pattern(0);
        SpinState state = SpinState.of(couplings, start);
        assertThat(state.kernelName()).isEqualTo("reference");
        ExactTerms exact = new ExactTerms(network, start, interaction);
        double c = network.prefactor();
        double startEnergy = state.energy();
        double energyScale = c * exact.magnitude();
        assertThat(startEnergy).as("E at xi^1").isCloseTo(exact.energy(c), org.assertj.core.api.Assertions.within(RELATIVE * energyScale));

        UniformRandomProvider walk = RandomStreams.create(3, RandomStreams.Purpose.FAULTS, 0);
        double kernelSum = 0;
        double worst = 0;
        for (int step = 0; step < FLIPS; step++) {
            int i = walk.nextInt(N);
            double dE = state.deltaEnergy(i);
            ExactTerms.Change change = exact.change(i);
            double expected = c * change.value();
            double scale = c * change.magnitude();
            worst = Math.max(worst, Math.abs(dE - expected) / scale);
            assertThat(Math.abs(dE - expected)).as("dE of spin %d at step %d: kernel %s, exact %s", i, step, dE, expected)
                    .isLessThanOrEqualTo(RELATIVE * scale);
            state.flip(i);
            exact.flip(i);
            kernelSum += dE;
        }
        double endExact = exact.energy(c);
        org.slf4j.LoggerFactory.getLogger(OutsideTheExactRegimeTest.class).info(
                "{}: worst |dE - exact| / scale {}; after {} flips E {} (exact {}), sum of dE {} (exact {})", interaction, worst,
                FLIPS, state.energy(), endExact, kernelSum, endExact - exact.startEnergy(c));
        assertThat(Math.abs(state.energy() - endExact)).as("E after %d flips", FLIPS).isLessThanOrEqualTo(RELATIVE * energyScale);
        assertThat(Math.abs(kernelSum - (endExact - exact.startEnergy(c)))).as("sum of dE after %d flips", FLIPS)
                .isLessThanOrEqualTo(RELATIVE * energyScale);
        state.checkConsistency();
    }

    /** Exact integer bookkeeping of every term: e_0..e_P of x_j (distinct) or p1 (full power). */
    static final class ExactTerms {
        record Change(double value, double magnitude) {
        }

        private final Network network;
        private final boolean distinct;
        private final byte[] sigma;
        private final long[][] e;
        private final long[] p1;
        private final BigInteger startTotal;

        ExactTerms(Network network, byte[] start, Interaction interaction) {
            this.network = network;
            this.distinct = interaction == Interaction.DISTINCT;
            this.sigma = start.clone();
            int terms = network.termCount();
            e = new long[terms][P + 1];
            p1 = new long[terms];
            for (int t = 0; t < terms; t++) {
                e[t][0] = 1;
                for (int j = 0; j < N; j++) {
                    long x = (long) network.termWeight(t, j) * sigma[j];
                    p1[t] += x;
                    for (int k = P; k >= 1; k--) {
                        e[t][k] += x * e[t][k - 1];
                    }
                }
            }
            startTotal = total();
        }

        private BigInteger termValue(int t) {
            return distinct ? BigInteger.valueOf(e[t][P]) : BigInteger.valueOf(p1[t]).pow(P);
        }

        private BigInteger total() {
            BigInteger sum = BigInteger.ZERO;
            for (int t = 0; t < p1.length; t++) {
                sum = sum.add(termValue(t));
            }
            return sum;
        }

        double energy(double c) {
            return -c * total().doubleValue();
        }

        double startEnergy(double c) {
            return -c * startTotal.doubleValue();
        }

        /** sum_t |term t| at the current state. */
        double magnitude() {
            double m = 0;
            for (int t = 0; t < p1.length; t++) {
                m += Math.abs(termValue(t).doubleValue());
            }
            return m;
        }

        /** The exact change of -sum_t term_t (dE / C) of flipping spin i, and sum_t of |its per-term part|. */
        Change change(int i) {
            // distinct: |2 x e_7| <= 2 C(699, 7) < 2^55 per term, so long sums over 16 terms are exact
            long sum = 0;
            BigInteger big = BigInteger.ZERO;
            double magnitude = 0;
            for (int t = 0; t < p1.length; t++) {
                long x = (long) network.termWeight(t, i) * sigma[i];
                if (distinct) {
                    // e_P(x with x_i -> -x_i) - e_P(x) = -2 x_i e_(P-1)(x without i)
                    long part = -2 * x * without(t, x, P - 1);
                    sum -= part;
                    magnitude += Math.abs((double) part);
                } else if (Math.abs(p1[t]) + 2 <= SMALL_P1) {
                    // |a|^8 < 2^62 for |a| <= 200: the difference of two 8th powers fits a long
                    long part = pow(p1[t] - 2 * x) - pow(p1[t]);
                    sum -= part;
                    magnitude += Math.abs((double) part);
                } else {
                    BigInteger part = BigInteger.valueOf(p1[t] - 2 * x).pow(P).subtract(BigInteger.valueOf(p1[t]).pow(P));
                    big = big.subtract(part);
                    magnitude += Math.abs(part.doubleValue());
                }
            }
            return new Change(big.add(BigInteger.valueOf(sum)).doubleValue(), Math.max(magnitude, 1.0));
        }

        private static final long SMALL_P1 = 200;

        private static long pow(long a) {
            long a2 = a * a;
            long a4 = a2 * a2;
            return a4 * a4;
        }

        /** e_k of term t without the entry x: f_k = e_k - x f_(k-1), f_0 = 1. */
        private long without(int t, long x, int k) {
            long f = 1;
            for (int j = 1; j <= k; j++) {
                f = e[t][j] - x * f;
            }
            return f;
        }

        private final long[] f = new long[P + 1];

        void flip(int i) {
            for (int t = 0; t < p1.length; t++) {
                long x = (long) network.termWeight(t, i) * sigma[i];
                f[0] = 1;
                for (int j = 1; j <= P; j++) {
                    f[j] = e[t][j] - x * f[j - 1];
                }
                for (int j = 1; j <= P; j++) {
                    e[t][j] = f[j] - x * f[j - 1];
                }
                p1[t] -= 2 * x;
            }
            sigma[i] = (byte) -sigma[i];
        }
    }
}
