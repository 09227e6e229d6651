package io.densehebb.tempering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.model.RandomStreams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * Lambda-based adaptation on N = 30 independent spins in a unit field, drawn exactly at every slot
 * before each exchange. On the starting geometric ladder (T from 10 down to 0.4, ten slots) the exact
 * rejection rates run from 0.13 at the hot end to 0.62 near the cold end; after the burn-in the ladder
 * should give every pair the same rate.
 *
 * <p>Error bars. A rejection rate is a mean of acceptance probabilities in [0, 1], whose variance is at
 * most r (1 - r); attempts are independent because every slot is redrawn each round. A re-spaced pair's
 * rate inherits the error of the rates the last adaptation measured (the new slot boundaries move with
 * the estimated Lambda), so a measured rate is compared with the mean rate within z sqrt(sigma_measured^2
 * + sigma_adaptation^2), z the Bonferroni bound for a 1 % chance that any pair of a correct adaptation
 * fails.
 */
class AdaptiveLadderTest {

    private static final BoltzmannToy SPINS = BoltzmannToy.spinsInField(30, 1.0);
    private static final int SLOTS = 10;
    private static final int COPIES = 2;
    private static final int BURN_IN = 64_000;
    private static final int MEASURE = 32_000;

    @Test
    void adaptationEqualisesRejectionRatesKeepsTheEndPointsAndLambda() {
        LadderSpec spec = new LadderSpec(LadderSpec.Kind.ADAPTIVE, 0.4, 10.0, SLOTS, List.of());
        double[] initial = spec.initialBetas();
        ReplicaExchange pt = new ReplicaExchange(spec, COPIES, 5, BURN_IN);
        UniformRandomProvider rng = RandomStreams.create(6, RandomStreams.Purpose.DYNAMICS, 0);
        BoltzmannToy.Sampler[] samplers = samplers(pt.betas());
        double[][] energies = new double[COPIES][SLOTS];
        List<Long> changedAt = new ArrayList<>();
        for (int r = 0; r < BURN_IN; r++) {
            draw(energies, samplers, rng);
            pt.exchange(r, energies);
            if (pt.adaptLadder(r)) {
                changedAt.add((long) r);
                samplers = samplers(pt.betas());
            }
        }
        // re-spaced after 1/16, 1/8, 1/4 and 1/2 of the burn-in, never in its second half
        assertThat(changedAt).containsExactly(3999L, 7999L, 15999L, 31999L);
        List<SwapReport.Adaptation> history = pt.report().adaptations();
        assertThat(history).extracting(SwapReport.Adaptation::round).containsExactlyElementsOf(changedAt);
        double[] adapted = pt.betas();
        assertThat(history.get(3).betas()).containsExactly(box(adapted));
        for (SwapReport.Adaptation step : history) {
            assertThat(step.betas().get(0)).isEqualTo(initial[0]);
            assertThat(step.betas().get(SLOTS - 1)).isEqualTo(initial[SLOTS - 1]);
            assertThat(step.betas()).isSorted().doesNotHaveDuplicates();
        }

        pt.resetStatistics();
        for (int r = BURN_IN; r < BURN_IN + MEASURE; r++) {
            draw(energies, samplers, rng);
            pt.exchange(r, energies);
            assertThat(pt.adaptLadder(r)).isFalse();
        }
        SwapReport report = pt.report();
        assertThat(pt.betas()).containsExactly(adapted);

        double mean = report.lambda() / (SLOTS - 1);
        long lastWindowAttempts = (31999L - 15999L) / 2 * COPIES;
        double sigmaAdaptation = Math.sqrt(mean * (1 - mean) / lastWindowAttempts);
        double z = ExchangeSamplesBoltzmannTest.bonferroniZ(SLOTS - 1);
        double initialMin = 1;
        double initialMax = 0;
        for (int k = 0; k + 1 < SLOTS; k++) {
            SwapReport.Pair pair = report.pairs().get(k);
            double r = pair.rejectionRate();
            double sigma = Math.hypot(Math.sqrt(r * (1 - r) / pair.attempts()), sigmaAdaptation);
            assertThat(Math.abs(r - mean))
                    .as("pair %d: rejection %.4f, mean %.4f, error %.4f", k, r, mean, sigma)
                    .isLessThanOrEqualTo(z * sigma);
            double before = 1 - SPINS.swapAcceptance(initial[k], initial[k + 1]);
            initialMin = Math.min(initialMin, before);
            initialMax = Math.max(initialMax, before);
        }
        // the check has teeth: the starting ladder's exact rates differ by far more than these error bars
        assertThat(initialMax - initialMin).isGreaterThan(10 * z * Math.hypot(sigmaAdaptation, sigmaAdaptation));

        // Lambda is a property of the temperature range, not of the spacing: the estimates made on adapted
        // ladders (steps 2 to 4) agree with the one measured on the final ladder
        double sigmaMeasured = lambdaError(report.lambda(), (long) MEASURE / 2 * COPIES);
        double zLambda = ExchangeSamplesBoltzmannTest.bonferroniZ(3);
        long[] windowRounds = {4000, 8000, 16000};
        for (int i = 1; i < 4; i++) {
            double estimate = history.get(i).lambda();
            double sigma = Math.hypot(sigmaMeasured, lambdaError(estimate, windowRounds[i - 1] / 2 * COPIES));
            assertThat(Math.abs(estimate - report.lambda()))
                    .as("Lambda of step %d: %.4f, measured %.4f +- %.4f", i + 1, estimate, report.lambda(), sigma)
                    .isLessThanOrEqualTo(zLambda * sigma);
        }
    }

    /** Error bound of a sum of SLOTS - 1 independent rejection rates with about equal values. */
    private static double lambdaError(double lambda, long attemptsPerPair) {
        double r = lambda / (SLOTS - 1);
        return Math.sqrt((SLOTS - 1) * r * (1 - r) / attemptsPerPair);
    }

    @Test
    void withoutAnyRejectionThereIsNothingToLearnAndTheLadderStays() {
        LadderSpec spec = new LadderSpec(LadderSpec.Kind.ADAPTIVE, 0.5, 2.0, 4, List.of());
        ReplicaExchange pt = new ReplicaExchange(spec, 1, 1, 64);
        double[][] rising = {{0, 1, 2, 3}};
        for (int r = 0; r < 64; r++) {
            pt.exchange(r, rising);
            assertThat(pt.adaptLadder(r)).isFalse();
        }
        assertThat(pt.betas()).containsExactly(spec.initialBetas());
        assertThat(pt.report().adaptations()).isEmpty();
        assertThat(pt.report().rounds()).as("statistics kept accumulating").isEqualTo(64);
    }

    @Test
    void aTwoSlotLadderHasNothingToMove() {
        ReplicaExchange pt = new ReplicaExchange(new LadderSpec(LadderSpec.Kind.ADAPTIVE, 0.5, 2.0, 2, List.of()), 1, 1, 64);
        for (int r = 0; r < 64; r++) {
            pt.exchange(r, new double[][] {{0, -1}});
            assertThat(pt.adaptLadder(r)).isFalse();
        }
        assertThat(pt.report().adaptations()).isEmpty();
    }

    @Test
    void equalRejectionBetasSitAtEqualStepsOfLambda() {
        double[] betas = {0.1, 0.5, 0.7, 1.5, 2.0};
        double[] rejection = {0.5, 0.1, 0.3, 0.0};
        CommunicationBarrier barrier = new CommunicationBarrier(betas, rejection);
        for (int k = 0; k < betas.length; k++) { // Lambda interpolates the cumulative rejection
            double cumulative = 0;
            for (int i = 0; i < k; i++) {
                cumulative += Math.max(rejection[i], CommunicationBarrier.MIN_REJECTION);
            }
            assertThat(barrier.at(betas[k])).isCloseTo(cumulative, within(1e-15));
        }
        double[] respaced = barrier.equalRejectionBetas(6);
        assertThat(respaced[0]).isEqualTo(0.1);
        assertThat(respaced[5]).isEqualTo(2.0);
        assertThat(respaced).isSorted().doesNotHaveDuplicates();
        double total = barrier.at(2.0);
        for (int j = 0; j < 6; j++) {
            assertThat(barrier.at(respaced[j])).isCloseTo(total * j / 5, within(1e-12));
        }
        // equal rejection already: the ladder is a fixed point
        double[] even = {0.2, 0.4, 0.6, 0.8};
        assertThat(new CommunicationBarrier(even, new double[] {0.3, 0.3, 0.3}).equalRejectionBetas(4))
                .containsExactly(even, within(1e-14));
    }

    @Test
    void monotoneCubicPassesThroughItsKnotsNeverOvershootsAndInverts() {
        double[] x = {0.0, 0.1, 0.2, 1.0, 1.1, 3.0};
        double[] y = {0.0, 1.0, 1.001, 1.002, 5.0, 5.1}; // steps that make an ordinary spline overshoot
        MonotoneCubic f = new MonotoneCubic(x, y);
        for (int i = 0; i < x.length; i++) {
            assertThat(f.value(x[i])).isCloseTo(y[i], within(1e-15));
        }
        double previous = f.value(0.0);
        for (int i = 1; i <= 3000; i++) {
            double v = f.value(i * 0.001);
            assertThat(v).isGreaterThanOrEqualTo(previous);
            previous = v;
        }
        for (double target : new double[] {0.3, 1.0005, 1.0015, 2.5, 5.05}) {
            assertThat(f.value(f.inverse(target))).isCloseTo(target, within(1e-12));
        }
    }

    private static Double[] box(double[] a) {
        return Arrays.stream(a).boxed().toArray(Double[]::new);
    }

    private static BoltzmannToy.Sampler[] samplers(double[] betas) {
        BoltzmannToy.Sampler[] s = new BoltzmannToy.Sampler[betas.length];
        for (int k = 0; k < betas.length; k++) {
            s[k] = SPINS.sampler(betas[k]);
        }
        return s;
    }

    private static void draw(double[][] energies, BoltzmannToy.Sampler[] samplers, UniformRandomProvider rng) {
        for (double[] copy : energies) {
            for (int k = 0; k < copy.length; k++) {
                copy[k] = SPINS.energy(samplers[k].sample(rng));
            }
        }
    }
}
