package io.densehebb.mc;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * How one replica computes single-flip energy changes and applies flips: the per-replica sums over
 * the shared {@link Couplings}, laid out for one arithmetic. A {@link SpinState} owns exactly one
 * kernel; {@link FlipKernels#select} picks it at run time from what the data allows.
 *
 * <p>The contract every kernel keeps (and {@code KernelEqualityTest} checks flip by flip against
 * {@link ReferenceKernel}): in the exact regime ({@link Couplings#exact}) the energy change of flipping
 * spin i is dE = {@link Couplings#deltaScale} * S(i), with S(i) an exact integer:
 *
 * <ul>
 *   <li>distinct indices: S = sum_t x_t e_{P-1}(x^t without i), x_t = w^t_i sigma_i (dE = 2C S);</li>
 *   <li>full power: S = sum_t [a_t^P - (a_t - 2 x_t)^P], a_t = p1 of term t (dE = C S).</li>
 * </ul>
 *
 * Since S is an integer computed without rounding (however the kernel associates its sums), every
 * kernel returns the same double dE, takes the same Metropolis / heat-bath decision and draws the same
 * random numbers, ties (dE = 0) included. Outside the exact regime only the reference kernel is used.
 */
abstract class FlipKernel {

    final Couplings c;
    /** The configuration, shared with the owning {@link SpinState}. */
    final byte[] sigma;
    final int n;
    final int terms;

    FlipKernel(Couplings couplings, byte[] sigma) {
        this.c = couplings;
        this.sigma = sigma;
        this.n = couplings.n;
        this.terms = couplings.terms;
    }

    /** A short name for reports (e.g. {@code bench --json}). */
    abstract String name();

    /** The energy change of flipping spin i. */
    abstract double deltaEnergy(int i);

    /** Flips spin i and updates every tracked sum. */
    abstract void flip(int i);

    /** p_1 of term t. */
    abstract long firstPowerSum(int t);

    /** Tracked odd power sum number j (power 2j + 3) of term t; only the general distinct kernels track them. */
    double higherOddSum(int t, int j) {
        throw new IndexOutOfBoundsException("no higher odd sums for +-1 weights");
    }

    /**
     * p1 of every term from scratch for +-1 weights: sums[t] = sum_i w^t_i sigma_i for t < terms, and
     * zero in the padding lanes beyond. O(N * terms); shared by the +-1 kernels.
     */
    final void plusMinusOneFirstPowerSums(int[] sums) {
        Arrays.fill(sums, 0);
        byte[] w = c.signs;
        int stride = c.stride;
        for (int i = 0; i < n; i++) {
            int s = sigma[i];
            int base = i * stride;
            for (int t = 0; t < terms; t++) {
                sums[t] += w[base + t] * s;
            }
        }
    }

    /** p1 of term t from an imported snapshot, refused when no +-1 configuration of N spins has it. */
    final int importedPlusMinusOneSum(long[] p1In, int t) {
        if (Math.abs(p1In[t]) > n) {
            throw new IllegalArgumentException("p1 of term " + t + " = " + p1In[t] + " is impossible with N = " + n);
        }
        return (int) p1In[t];
    }

    /** Rebuilds every sum from {@link #sigma}, O(N * terms). */
    abstract void recomputeSums();

    /** Copies the tracked sums out, in the layout of {@link SpinState.Snapshot}. */
    abstract void exportSums(long[] p1, double[] higherOdd);

    /** Loads tracked sums taken by {@link #exportSums} (of any kernel on the same couplings). */
    abstract void importSums(long[] p1, double[] higherOdd);

    /**
     * Recomputes from scratch and compares with what is kept; throws {@link IllegalStateException}
     * naming the first sum that drifted.
     */
    abstract void checkConsistency();

    /** Bytes this kernel holds per replica (its sums; the shared couplings not counted). */
    abstract long bytesPerReplica();

    /** The acceptance rule this kernel decides with (a table over integer S where that pays). */
    Acceptance acceptance(UpdateRule rule, double beta) {
        return Acceptance.of(rule, beta);
    }

    /** One attempted flip of spin i; true when it was accepted (and applied). */
    boolean attempt(int i, Acceptance acceptance, UniformRandomProvider rng) {
        if (acceptance.accept(deltaEnergy(i), rng)) {
            flip(i);
            return true;
        }
        return false;
    }

    /**
     * Attempts order[0], order[1], ... in turn; returns the number accepted. The fast kernels repeat
     * this loop with their own attempt written inline: this one call site is shared by every kernel
     * class a JVM loads, and once it has seen several the JIT stops inlining the attempt.
     */
    int sweep(int[] order, Acceptance acceptance, UniformRandomProvider rng) {
        int accepted = 0;
        for (int k = 0; k < order.length; k++) {
            if (attempt(order[k], acceptance, rng)) {
                accepted++;
            }
        }
        return accepted;
    }

    /**
     * Attempts spin i on every replica of a block (kernels of this class on the same couplings, each
     * with its own acceptance and stream, in replica order); adds 1 to accepted[r] for each accepted
     * flip. The default attempts them one after the other; kernels that can stream row i once for
     * all replicas override it. Every replica draws exactly what it would alone.
     */
    void attemptBlock(FlipKernel[] block, int i, Acceptance[] acceptances, UniformRandomProvider[] rngs, int[] accepted) {
        for (int r = 0; r < block.length; r++) {
            if (block[r].attempt(i, acceptances[r], rngs[r])) {
                accepted[r]++;
            }
        }
    }

    /** Number of tracked odd power sums per term. */
    final int tracked() {
        return c.trackedOddPowers.length;
    }

    static IllegalStateException drift(String what, int t, long kept, long recomputed) {
        return new IllegalStateException(what + " of term " + t + " drifted: kept " + kept + ", recomputed " + recomputed);
    }
}
