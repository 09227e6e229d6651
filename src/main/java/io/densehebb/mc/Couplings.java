package io.densehebb.mc;

import io.densehebb.model.Interaction;
import io.densehebb.model.Network;
import io.densehebb.model.NewtonIdentities;

/**
 * The stored terms of a {@link Network} laid out for single-spin updates: the weights of neuron i for
 * all terms are contiguous ({@code i * terms + t}), +-1 weights as bytes, general integer weights
 * (supervised class sums) as ints. Built once per JVM and shared read-only by every replica; nothing
 * here changes after construction.
 */
public final class Couplings {

    final Network network;
    final int n;
    final int terms;
    final int order;
    final boolean distinct;
    final boolean plusMinusOne;
    final double prefactor;
    /** +-1 weights (when {@link #plusMinusOne}), neuron-major. */
    final byte[] signs;
    /** Integer weights (otherwise), neuron-major. */
    final int[] weights;
    /** Odd powers k >= 3 whose sums sum_j (w_j sigma_j)^k a spin state must track (general distinct only). */
    final int[] trackedOddPowers;
    /** sum_j w_j^k for even k, [t * (order + 1) + k]: these do not depend on sigma. */
    final double[] evenPowerSums;
    /** e_{P-1} of N - 1 variables +-1 as a polynomial in their sum (+-1 distinct only). */
    final double[] reducedElementary;
    /** e_P of N variables +-1 as a polynomial in their sum (+-1 distinct only). */
    final double[] fullElementary;

    public Couplings(Network network) {
        this.network = network;
        this.n = network.n();
        this.terms = network.termCount();
        this.order = network.order();
        this.distinct = network.spec().interaction() == Interaction.DISTINCT;
        this.plusMinusOne = network.plusMinusOneWeights();
        this.prefactor = network.prefactor();
        if (plusMinusOne) {
            signs = new byte[n * terms];
            weights = null;
        } else {
            signs = null;
            weights = new int[n * terms];
        }
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < terms; t++) {
                int w = network.termWeight(t, i);
                if (plusMinusOne) {
                    signs[i * terms + t] = (byte) w;
                } else {
                    weights[i * terms + t] = w;
                }
            }
        }
        boolean general = distinct && !plusMinusOne;
        int oddCount = general ? (order - 1) / 2 : 0; // odd k in 3..order
        trackedOddPowers = new int[oddCount];
        for (int j = 0; j < oddCount; j++) {
            trackedOddPowers[j] = 2 * j + 3;
        }
        evenPowerSums = general ? evenPowerSums() : null;
        reducedElementary = distinct && plusMinusOne ? NewtonIdentities.plusMinusOnePolynomial(order - 1, n - 1) : null;
        fullElementary = distinct && plusMinusOne ? NewtonIdentities.plusMinusOnePolynomial(order, n) : null;
    }

    private double[] evenPowerSums() {
        double[] sums = new double[terms * (order + 1)];
        for (int t = 0; t < terms; t++) {
            for (int i = 0; i < n; i++) {
                double w = weights[i * terms + t];
                double wk = w;
                for (int k = 2; k <= order; k++) {
                    wk *= w;
                    if (k % 2 == 0) {
                        sums[t * (order + 1) + k] += wk;
                    }
                }
            }
        }
        return sums;
    }

    public Network network() {
        return network;
    }

    public int n() {
        return n;
    }

    public int terms() {
        return terms;
    }

    /** Weight of term t at neuron i. */
    int weight(int i, int t) {
        return plusMinusOne ? signs[i * terms + t] : weights[i * terms + t];
    }
}
