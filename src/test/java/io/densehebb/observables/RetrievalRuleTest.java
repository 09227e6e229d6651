package io.densehebb.observables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.model.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;

/** When a copy retrieves a pattern: noise must not pass, condensed overlaps must, whatever the noise level. */
class RetrievalRuleTest {

    private final UniformRandomProvider rng = RandomStreams.create(21, RandomStreams.Purpose.DYNAMICS, 0);
    private final NormalizedGaussianSampler gauss = ZigguratSampler.NormalizedGaussian.of(rng);

    @Test
    void withOnePatternTheThresholdIsTheRandomLevel() {
        double[] m = {0.1};
        assertThat(RetrievalRule.threshold(m, 0, 64)).isCloseTo(Math.sqrt(2 * Math.log(2 / RetrievalRule.FALSE_ALARM) / 64), within(1e-12));
        assertThat(RetrievalRule.retrieved(new double[] {0.9}, 64)).isZero();
        assertThat(RetrievalRule.retrieved(new double[] {-0.9}, 64)).isZero();   // the mirror state retrieves too
        assertThat(RetrievalRule.retrieved(new double[] {0.3}, 64)).isEqualTo(-1);
    }

    /**
     * Random configurations of N = 200 spins against K = 60 random patterns: the overlaps are binomial, and
     * the rule is built so that at most a fraction 1e-3 passes. Catches a rule that lets noise through three
     * times more often than designed (the count has mean at most 20 in 20000; 60 is 9 standard deviations up).
     */
    @Test
    void randomConfigurationsRarelyRetrieve() {
        int n = 200;
        int k = 60;
        byte[][] xi = new byte[k][n];
        for (byte[] pattern : xi) {
            for (int i = 0; i < n; i++) {
                pattern[i] = rng.nextBoolean() ? (byte) 1 : (byte) -1;
            }
        }
        int trials = 20_000;
        int passed = 0;
        for (int t = 0; t < trials; t++) {
            double[] m = new double[k];
            for (int i = 0; i < n; i++) {
                int s = rng.nextBoolean() ? 1 : -1;
                for (int mu = 0; mu < k; mu++) {
                    m[mu] += xi[mu][i] * s / (double) n;
                }
            }
            passed += RetrievalRule.retrieved(m, n) >= 0 ? 1 : 0;
        }
        assertThat(passed).isLessThanOrEqualTo((int) (3 * RetrievalRule.FALSE_ALARM * trials));
    }

    @Test
    void enhancedNoiseAsInTheSpinGlassPhaseIsNotRetrieval() {
        // K = 60 overlaps of standard deviation 0.156 (N = 200, AGS r of about 5): the largest is near 0.4
        int passed = 0;
        for (int t = 0; t < 1000; t++) {
            double[] m = new double[60];
            for (int mu = 0; mu < m.length; mu++) {
                m[mu] = 0.156 * gauss.sample();
            }
            passed += RetrievalRule.retrieved(m, 200) >= 0 ? 1 : 0;
        }
        assertThat(passed).isLessThanOrEqualTo(5); // mean at most 1 by design; P(Poisson(1) > 5) = 6e-4
    }

    @Test
    void aCondensedPatternAmongNoiseIsRetrievalAndSoIsAMixture() {
        double[] m = new double[60];
        for (int mu = 0; mu < m.length; mu++) {
            m[mu] = gauss.sample() / Math.sqrt(200);
        }
        m[17] = -0.8;
        assertThat(RetrievalRule.retrieved(m, 200)).isEqualTo(17);
        // a symmetric mixture of three patterns at 0.5 each: the median of the others stays at the noise level
        m[17] = 0.5;
        m[3] = 0.5;
        m[40] = -0.5;
        assertThat(RetrievalRule.retrieved(m, 200)).isIn(3, 17, 40);
    }
}
