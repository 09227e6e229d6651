package io.densehebb.tempering;

import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.model.RandomStreams;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exchange step keeps the product of Boltzmann distributions invariant. A toy configuration is one
 * of six states on a ring with two wells (energies 0 and 0.5) separated by barriers of 3; between
 * exchanges every slot either re-draws its state exactly from its own Boltzmann distribution (Gibbs)
 * or takes one Metropolis step. After many rounds the histogram of states at each slot, measured after
 * the exchange, must equal the exact Boltzmann distribution at that slot's beta.
 *
 * <p>Error bars: Gibbs rounds are independent, so the error of a bin is binomial with the exact
 * probability. Metropolis rounds are correlated (the coldest slot alone would take about 600 rounds to
 * forget its well, with tempering about 7), so the error comes from 200 batch means of 1000 rounds each,
 * batches far longer than the correlation time. Tolerance: slots x 6 bins are compared, each within the
 * Bonferroni bound for a 1 % chance that any bin of a correct sampler fails: the normal quantile for
 * Gibbs (about 3.4 to 3.5; plain 3 error bars would fail for about one seed in 16 with 24 bins) and the
 * Student quantile with 199 degrees of freedom for the estimated Metropolis errors.
 */
class ExchangeSamplesBoltzmannTest {

    private static final BoltzmannToy TOY = BoltzmannToy.of(0.0, 1.5, 3.0, 0.5, 3.0, 1.5);
    private static final int COPIES = 2;
    private static final int BATCHES = 200;

    enum Local { GIBBS, METROPOLIS }

    record Histogram(double[][] mean, double[][] error) {
    }

    @ParameterizedTest(name = "{0} slots, {1}")
    @CsvSource({"2, GIBBS", "3, GIBBS", "4, GIBBS", "2, METROPOLIS", "3, METROPOLIS", "4, METROPOLIS"})
    void eachSlotHoldsTheBoltzmannDistributionOfItsBeta(int slots, Local local) {
        LadderSpec spec = new LadderSpec(LadderSpec.Kind.LINEAR_BETA, 0.4, 4.0, slots, List.of());
        int rounds = local == Local.GIBBS ? 100_000 : 200_000;
        Histogram h = run(spec, local, rounds, 1.0);
        int comparisons = slots * TOY.states();
        double z = local == Local.GIBBS ? bonferroniZ(comparisons) : bonferroniT(comparisons, BATCHES - 1);
        double[] betas = spec.initialBetas();
        for (int k = 0; k < slots; k++) {
            double[] exact = TOY.probabilities(betas[k]);
            for (int s = 0; s < TOY.states(); s++) {
                assertThat(Math.abs(h.mean[k][s] - exact[s]))
                        .as("slot %d (beta %.3f), state %d: %.5f +- %.5f, exact %.5f", k, betas[k], s, h.mean[k][s], h.error[k][s], exact[s])
                        .isLessThanOrEqualTo(z * h.error[k][s]);
            }
        }
    }

    /**
     * The check has teeth: handing the exchange the negated energies is what a sign error in the swap
     * rule would do, and it moves some bin by more than 10 error bars.
     */
    @ParameterizedTest(name = "{0} slots")
    @CsvSource({"2", "3", "4"})
    void aSignErrorInTheRuleIsCaught(int slots) {
        LadderSpec spec = new LadderSpec(LadderSpec.Kind.LINEAR_BETA, 0.4, 4.0, slots, List.of());
        Histogram h = run(spec, Local.GIBBS, 20_000, -1.0);
        double worst = 0;
        double[] betas = spec.initialBetas();
        for (int k = 0; k < slots; k++) {
            double[] exact = TOY.probabilities(betas[k]);
            for (int s = 0; s < TOY.states(); s++) {
                worst = Math.max(worst, Math.abs(h.mean[k][s] - exact[s]) / h.error[k][s]);
            }
        }
        assertThat(worst).isGreaterThan(10.0);
    }

    /** Runs the toy; {@code energySign} = -1 hands the exchange negated energies. */
    private static Histogram run(LadderSpec spec, Local local, int rounds, double energySign) {
        int slots = spec.slots();
        int states = TOY.states();
        double[] betas = spec.initialBetas();
        ReplicaExchange pt = new ReplicaExchange(spec, COPIES, 2024, 0);
        UniformRandomProvider rng = RandomStreams.create(7, RandomStreams.Purpose.DYNAMICS, slots);
        BoltzmannToy.Sampler[] gibbs = new BoltzmannToy.Sampler[slots];
        for (int k = 0; k < slots; k++) {
            gibbs[k] = TOY.sampler(betas[k]);
        }
        int[][] state = new int[COPIES][slots]; // every slot starts in the well at state 0
        int burnIn = rounds / 20;
        int batchLength = rounds / BATCHES;
        double[][][] batchMean = new double[slots][states][BATCHES];
        double[][] energies = new double[COPIES][slots];
        for (int r = 0; r < burnIn + rounds; r++) {
            for (int c = 0; c < COPIES; c++) {
                for (int k = 0; k < slots; k++) {
                    state[c][k] = local == Local.GIBBS ? gibbs[k].sample(rng) : TOY.metropolisStep(state[c][k], betas[k], rng);
                    energies[c][k] = energySign * TOY.energy(state[c][k]);
                }
            }
            int[][] moves = pt.exchange(r, energies);
            for (int c = 0; c < COPIES; c++) {
                int[] before = state[c].clone();
                for (int k = 0; k < slots; k++) {
                    state[c][k] = before[moves[c][k]];
                }
            }
            if (r >= burnIn) {
                int batch = (r - burnIn) / batchLength;
                for (int c = 0; c < COPIES; c++) {
                    for (int k = 0; k < slots; k++) {
                        batchMean[k][state[c][k]][batch] += 1.0 / ((double) COPIES * batchLength);
                    }
                }
            }
        }
        double[][] mean = new double[slots][states];
        double[][] error = new double[slots][states];
        for (int k = 0; k < slots; k++) {
            double[] exact = TOY.probabilities(betas[k]);
            for (int s = 0; s < states; s++) {
                double sum = 0;
                double sumSquares = 0;
                for (double b : batchMean[k][s]) {
                    sum += b;
                    sumSquares += b * b;
                }
                mean[k][s] = sum / BATCHES;
                double batchVariance = (sumSquares - BATCHES * mean[k][s] * mean[k][s]) / (BATCHES - 1);
                error[k][s] = local == Local.GIBBS
                        ? Math.sqrt(exact[s] * (1 - exact[s]) / ((double) rounds * COPIES))
                        : Math.sqrt(batchVariance / BATCHES);
            }
        }
        return new Histogram(mean, error);
    }

    /** z such that m two-sided comparisons of a correct sampler all pass with probability 99 %. */
    static double bonferroniZ(int comparisons) {
        return new NormalDistribution().inverseCumulativeProbability(1.0 - 0.01 / (2.0 * comparisons));
    }

    /** The same with errors estimated from batches: Student's t with the batches' degrees of freedom. */
    static double bonferroniT(int comparisons, int degreesOfFreedom) {
        return new TDistribution(degreesOfFreedom).inverseCumulativeProbability(1.0 - 0.01 / (2.0 * comparisons));
    }
}
