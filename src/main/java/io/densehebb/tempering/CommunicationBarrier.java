package io.densehebb.tempering;

/**
 * The cumulative communication barrier Lambda(beta) of Syed, Bouchard-Cote, Deligiannidis, Doucet,
 * JRSSB 84 (2022), estimated from the rejection rates of the current ladder: Lambda(beta_0) = 0,
 * Lambda(beta_k) = r_0 + ... + r_{k-1}, and a monotone cubic in between. The rejection rate between
 * two close betas is the integral of the local barrier lambda(beta) between them, so betas placed at
 * equal steps of Lambda give every pair the same rejection rate, which is the ladder that maximises
 * the round-trip rate for a given number of slots.
 */
final class CommunicationBarrier {

    /**
     * Floor on each pair's rejection rate. A pair that never rejected in a finite sample has a rate
     * below about 1/attempts, not zero; the floor keeps Lambda strictly increasing, so that its inverse
     * is unique and the new betas strictly increase.
     */
    static final double MIN_REJECTION = 1e-6;

    private final MonotoneCubic lambda;
    private final double total;
    private final double betaHottest;
    private final double betaColdest;

    /** @param betas the ladder, strictly ascending; @param rejectionRates r_k of the pairs (k, k+1), each in [0, 1] */
    CommunicationBarrier(double[] betas, double[] rejectionRates) {
        if (rejectionRates.length != betas.length - 1) {
            throw new IllegalArgumentException(
                    "need one rejection rate per pair: " + betas.length + " betas, " + rejectionRates.length + " rates");
        }
        double[] cumulative = new double[betas.length];
        for (int k = 0; k < rejectionRates.length; k++) {
            cumulative[k + 1] = cumulative[k] + Math.max(rejectionRates[k], MIN_REJECTION);
        }
        this.lambda = new MonotoneCubic(betas, cumulative);
        this.total = cumulative[betas.length - 1];
        this.betaHottest = betas[0];
        this.betaColdest = betas[betas.length - 1];
    }

    /** Lambda(beta), the barrier accumulated from the hottest slot to beta. */
    double at(double beta) {
        return lambda.value(beta);
    }

    /**
     * {@code slots} betas at equal steps of Lambda between the same two end points, which are copied
     * exactly: the user chose the temperature range, adaptation only moves the slots inside it.
     */
    double[] equalRejectionBetas(int slots) {
        double[] b = new double[slots];
        b[0] = betaHottest;
        b[slots - 1] = betaColdest;
        for (int j = 1; j < slots - 1; j++) {
            b[j] = lambda.inverse(total * j / (slots - 1));
        }
        return b;
    }
}
