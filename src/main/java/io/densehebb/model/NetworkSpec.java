package io.densehebb.model;

/**
 * The size and kind of a dense Hebbian network and of its synthetic dataset.
 *
 * @param kind        hopfield, supervised or unsupervised
 * @param P           interaction order, 2..8
 * @param N           number of neurons, at least P
 * @param K           number of archetypes (classes), at least 1
 * @param M           examples per archetype, at least 1 (forced to 1 for hopfield)
 * @param r           dataset quality in (0, 1] (forced to 1 for hopfield)
 * @param interaction distinct (pure P-body) or full-power
 */
public record NetworkSpec(ModelKind kind, int P, int N, int K, int M, double r, Interaction interaction) {

    public static final int MIN_P = 2;
    public static final int MAX_P = 8;

    /**
     * K * M * N too large for the example matrix: the complaint names the largest of the three (the one
     * the user most likely raised) and the bound it must meet given the other two.
     */
    private static InvalidParameterException tooManyEntries(int K, int M, int N) {
        String bound = "K * M * N <= " + Integer.MAX_VALUE + " (one byte per example entry)";
        if (N >= K && N >= M) {
            return new InvalidParameterException("model.N", N, bound + "; with K = " + K + " and M = " + M
                    + ", N <= " + Integer.MAX_VALUE / ((long) K * M));
        }
        if (K >= M) {
            return new InvalidParameterException("model.K", K, bound + "; with M = " + M + " and N = " + N
                    + ", K <= " + Integer.MAX_VALUE / ((long) M * N));
        }
        return new InvalidParameterException("model.M", M, bound + "; with K = " + K + " and N = " + N
                + ", M <= " + Integer.MAX_VALUE / ((long) K * N));
    }

    public NetworkSpec {
        if (kind == null) {
            throw new InvalidParameterException("model.kind", null, "one of " + ModelKind.allowed());
        }
        if (interaction == null) {
            throw new InvalidParameterException("model.interaction", null, "one of distinct | full-power");
        }
        if (P < MIN_P || P > MAX_P) {
            throw new InvalidParameterException("model.P", P, "an integer from " + MIN_P + " to " + MAX_P);
        }
        if (N < P) {
            throw new InvalidParameterException("model.N", N, "an integer >= P = " + P);
        }
        if (K < 1) {
            throw new InvalidParameterException("model.K", K, "an integer >= 1");
        }
        if (kind == ModelKind.HOPFIELD) {
            M = 1;
            r = 1.0;
        }
        if (M < 1) {
            throw new InvalidParameterException("model.M", M, "an integer >= 1");
        }
        if (!(r > 0.0 && r <= 1.0)) {
            throw new InvalidParameterException("model.r", r, "a number in (0, 1]");
        }
        if ((long) K * M * N > Integer.MAX_VALUE) {
            throw tooManyEntries(K, M, N);
        }
    }

    /** A plain dense Hopfield network storing K random archetypes. */
    public static NetworkSpec hopfield(int P, int N, int K, Interaction interaction) {
        return new NetworkSpec(ModelKind.HOPFIELD, P, N, K, 1, 1.0, interaction);
    }

    /** Dataset entropy rho = (1 - r^2) / (M r^2); 0 for the Hopfield model. */
    public double rho() {
        return (1.0 - r * r) / (M * r * r);
    }

    /** R = r^2 + (1 - r^2) / M = E etahat^2 = r^2 (1 + rho). */
    public double R() {
        return r * r + (1.0 - r * r) / M;
    }

    /** The quality r that gives dataset entropy rho with M examples: r = 1 / sqrt(1 + rho M). */
    public static double qualityFor(double rho, int M) {
        if (!(rho >= 0.0) || Double.isInfinite(rho)) {
            throw new InvalidParameterException("model.rho", rho, "a finite number >= 0");
        }
        return 1.0 / Math.sqrt(1.0 + rho * M);
    }
}
