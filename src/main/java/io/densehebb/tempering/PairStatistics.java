package io.densehebb.tempering;

import java.util.Arrays;

/**
 * Swap statistics of each neighbouring pair (k, k+1), pooled over the independent copies.
 *
 * <p>Besides the accepted count we sum the Metropolis acceptance probabilities of the attempts. Their
 * mean estimates the same expected acceptance as accepts/attempts but without the noise of the uniform
 * draw (the Rao-Blackwellised estimator Syed et al. 2022 adapt with), which matters because the
 * ladder adaptation divides the ladder by these numbers.
 */
final class PairStatistics {

    private final long[] attempts;
    private final long[] accepts;
    private final double[] acceptanceProbabilitySum;

    PairStatistics(int pairs) {
        this(new long[pairs], new long[pairs], new double[pairs]);
    }

    private PairStatistics(long[] attempts, long[] accepts, double[] acceptanceProbabilitySum) {
        this.attempts = attempts;
        this.accepts = accepts;
        this.acceptanceProbabilitySum = acceptanceProbabilitySum;
    }

    /** Restores statistics from the arrays of a snapshot (copied). */
    static PairStatistics of(long[] attempts, long[] accepts, double[] acceptanceProbabilitySum) {
        return new PairStatistics(attempts.clone(), accepts.clone(), acceptanceProbabilitySum.clone());
    }

    int pairs() {
        return attempts.length;
    }

    void record(int k, double acceptanceProbability, boolean accepted) {
        attempts[k]++;
        acceptanceProbabilitySum[k] += acceptanceProbability;
        if (accepted) {
            accepts[k]++;
        }
    }

    void reset() {
        Arrays.fill(attempts, 0L);
        Arrays.fill(accepts, 0L);
        Arrays.fill(acceptanceProbabilitySum, 0.0);
    }

    long attempts(int k) {
        return attempts[k];
    }

    long accepts(int k) {
        return accepts[k];
    }

    /** Mean acceptance probability of the pair's attempts; NaN before its first attempt. */
    double acceptanceRate(int k) {
        return attempts[k] == 0 ? Double.NaN : acceptanceProbabilitySum[k] / attempts[k];
    }

    double rejectionRate(int k) {
        return 1.0 - acceptanceRate(k);
    }

    /** Whether every pair has been attempted at least once, so that every rejection rate is estimated. */
    boolean coversEveryPair() {
        for (long a : attempts) {
            if (a == 0) {
                return false;
            }
        }
        return true;
    }

    /** The rejection rates of all pairs (NaN where a pair has no attempt yet). */
    double[] rejectionRates() {
        double[] r = new double[pairs()];
        for (int k = 0; k < r.length; k++) {
            r[k] = rejectionRate(k);
        }
        return r;
    }

    /** The global communication barrier estimate Lambda = sum of the rejection rates (0 without pairs). */
    double lambda() {
        double sum = 0.0;
        for (int k = 0; k < pairs(); k++) {
            sum += rejectionRate(k);
        }
        return sum;
    }

    long[] attemptsCopy() {
        return attempts.clone();
    }

    long[] acceptsCopy() {
        return accepts.clone();
    }

    double[] acceptanceProbabilitySumCopy() {
        return acceptanceProbabilitySum.clone();
    }
}
