package io.densehebb.tempering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.model.RandomStreams;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reported round-trip rate is the quantity of Syed et al. (2022): under efficient local exploration
 * (every slot's configuration is a fresh draw from its Boltzmann distribution before each exchange) the
 * round trips of all walkers of a copy per round equal 1 / (2 + 2 sum_k r_k / (1 - r_k)) exactly, and
 * never exceed 1 / (2 + 2 Lambda). The toy is N = 30 independent spins in a unit field, drawn exactly, so
 * the rejection rates r_k follow exactly from the two Boltzmann distributions. The error bar of the
 * observed rate comes from the spread over 16 independent copies (Student's t, 15 degrees of freedom,
 * 99 % two-sided).
 */
class RoundTripRateTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RoundTripRateTest.class);

    private static final BoltzmannToy SPINS = BoltzmannToy.spinsInField(30, 1.0);
    private static final int COPIES = 16;
    private static final int ROUNDS = 30_000;

    @ParameterizedTest(name = "{0} slots")
    @CsvSource({"2", "4", "8"})
    void observedRateMatchesTheFiniteLadderFormulaAndStaysBelowTheIdealRate(int slots) {
        LadderSpec spec = new LadderSpec(LadderSpec.Kind.GEOMETRIC, 1.0, 4.0, slots, List.of());
        double[] betas = spec.initialBetas();
        ReplicaExchange pt = new ReplicaExchange(spec, COPIES, 31, 0);
        UniformRandomProvider rng = RandomStreams.create(32, RandomStreams.Purpose.DYNAMICS, slots);
        BoltzmannToy.Sampler[] samplers = new BoltzmannToy.Sampler[slots];
        for (int k = 0; k < slots; k++) {
            samplers[k] = SPINS.sampler(betas[k]);
        }
        double[][] energies = new double[COPIES][slots];
        for (int r = 0; r < 2 * slots; r++) { // enough rounds for every walker to have touched the cold end
            draw(energies, samplers, rng);
            pt.exchange(r, energies);
        }
        pt.resetStatistics();
        for (int r = 2 * slots; r < 2 * slots + ROUNDS; r++) {
            draw(energies, samplers, rng);
            pt.exchange(r, energies);
        }
        SwapReport report = pt.report();

        double exactBarrier = 0;
        double exactLambda = 0;
        double measuredBarrier = 0;
        double measuredLambda = 0;
        double barrierVariance = 0;
        double lambdaVariance = 0;
        for (int k = 0; k + 1 < slots; k++) {
            double rejection = 1 - SPINS.swapAcceptance(betas[k], betas[k + 1]);
            SwapReport.Pair pair = report.pairs().get(k);
            // the mean of the acceptance probabilities of independent attempts: each lies in [0, 1], so its
            // variance is at most a (1 - a)
            double sigma = Math.sqrt(rejection * (1 - rejection) / pair.attempts());
            assertThat(pair.rejectionRate()).as("pair %d: %.5f, exact %.5f", k, pair.rejectionRate(), rejection).isBetween(rejection - 4 * sigma, rejection + 4 * sigma);
            exactBarrier += rejection / (1 - rejection);
            exactLambda += rejection;
            measuredBarrier += pair.rejectionRate() / (1 - pair.rejectionRate());
            measuredLambda += pair.rejectionRate();
            barrierVariance += Math.pow(sigma / ((1 - rejection) * (1 - rejection)), 2);
            lambdaVariance += sigma * sigma;
        }
        double predicted = 1 / (2 + 2 * exactBarrier);

        double mean = 0;
        double sumSquares = 0;
        for (SwapReport.Copy copy : report.copies()) {
            mean += copy.roundTripRate() / COPIES;
            sumSquares += copy.roundTripRate() * copy.roundTripRate();
        }
        double error = Math.sqrt((sumSquares - COPIES * mean * mean) / (COPIES - 1) / COPIES);
        double t = new TDistribution(COPIES - 1).inverseCumulativeProbability(0.995);
        assertThat(report.roundTripRate()).isCloseTo(mean, within(1e-12));
        assertThat(Math.abs(mean - predicted))
                .as("round trips per copy per round %.5f +- %.5f, predicted %.5f", mean, error, predicted)
                .isLessThanOrEqualTo(t * error);
        // the reported rates are functions of the measured rejection rates: exactly those functions ...
        assertThat(report.lambda()).isCloseTo(measuredLambda, within(1e-12));
        assertThat(report.predictedRoundTripRate()).isCloseTo(1 / (2 + 2 * measuredBarrier), within(1e-12));
        assertThat(report.idealRoundTripRate()).isCloseTo(1 / (2 + 2 * measuredLambda), within(1e-12));
        // ... and within 4 propagated error bars of their exact values (d/dB 1/(2 + 2B) = -2 / (2 + 2B)^2)
        double predictedError = 2 * predicted * predicted * Math.sqrt(barrierVariance);
        double ideal = 1 / (2 + 2 * exactLambda);
        double idealError = 2 * ideal * ideal * Math.sqrt(lambdaVariance);
        assertThat(report.predictedRoundTripRate()).isCloseTo(predicted, within(4 * predictedError));
        assertThat(report.idealRoundTripRate()).isCloseTo(ideal, within(4 * idealError));
        assertThat(mean).isLessThan(report.idealRoundTripRate());
        LOG.info("L={}: tau {} +- {}, predicted {} (reported {}), ideal {}, Lambda {}",
                slots, mean, error, predicted, report.predictedRoundTripRate(), report.idealRoundTripRate(), report.lambda());
    }

    private static void draw(double[][] energies, BoltzmannToy.Sampler[] samplers, UniformRandomProvider rng) {
        for (double[] copy : energies) {
            for (int k = 0; k < copy.length; k++) {
                copy[k] = SPINS.energy(samplers[k].sample(rng));
            }
        }
    }
}
