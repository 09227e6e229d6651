package io.densehebb.mc;

import io.densehebb.model.NewtonIdentities;

/**
 * A configuration sigma together with the per-term power sums p_k = sum_j (w_j sigma_j)^k that make
 * the energy and every single-flip energy change O(terms) (docs/physics.md section 2):
 *
 * <ul>
 *   <li>p_1 for every term, exactly;</li>
 *   <li>for non-+-1 weights with distinct indices, the odd sums p_3, p_5, ... up to P (even ones are
 *       constants of the couplings);</li>
 * </ul>
 *
 * Flipping spin i changes x_i to -x_i, and since e_P(x) = x_i e_{P-1}(x without i) + e_P(x without i),
 * dE = 2 C sum_t x^t_i e_{P-1}(x^t without i), where the power sums of "x without i" are p_k - x_i^k.
 * Accepting a flip updates every tracked sum in O(terms). Nothing here allocates after construction.
 *
 * <p>How the sums are stored and the energy change computed is the job of the state's
 * {@link FlipKernel}, chosen at construction from what the couplings allow ({@link FlipKernels}) and
 * for P = 2 changed later by the chain's acceptance rate ({@link #adaptKernel}); every kernel gives
 * bit-identical energy changes, so the choice never changes a trajectory.
 */
public final class SpinState {

    private final Couplings c;
    private final byte[] sigma;
    private FlipKernel kernel;
    /** What the kernel was chosen from, kept for {@link #adaptKernel}. */
    private final KernelChoice choice;
    private final boolean vectorAvailable;
    /** Scratch for Newton's identities in {@link #energy()}. */
    private final double[] powerScratch;
    private final double[] elementaryScratch;

    private SpinState(Couplings couplings, byte[] sigma, KernelChoice choice) {
        this(couplings, sigma, choice, FlipKernels.vectorKernelsEnabled());
    }

    private SpinState(Couplings couplings, byte[] sigma, KernelChoice choice, boolean vectorAvailable) {
        this.c = couplings;
        this.sigma = sigma;
        this.powerScratch = new double[couplings.order + 1];
        this.elementaryScratch = new double[couplings.order + 1];
        this.choice = choice;
        this.vectorAvailable = vectorAvailable;
        this.kernel = FlipKernels.create(couplings, sigma, choice, vectorAvailable);
    }

    /** A state holding a copy of {@code spins} (+-1 entries, length N). */
    public static SpinState of(Couplings couplings, byte[] spins) {
        return of(couplings, spins, KernelChoice.AUTO);
    }

    /** A state holding a copy of {@code spins}, with a kernel of the given family. */
    public static SpinState of(Couplings couplings, byte[] spins, KernelChoice choice) {
        return new SpinState(couplings, checked(couplings, spins).clone(), choice);
    }

    /** A state unpacked from a bit set written by {@link #packed()}. */
    public static SpinState ofPacked(Couplings couplings, long[] bits) {
        return new SpinState(couplings, PackedSpins.unpack(bits, couplings.n), KernelChoice.AUTO);
    }

    /** Tests: a state on an explicitly built kernel factory (vector availability forced). */
    static SpinState withKernel(Couplings couplings, byte[] spins, KernelChoice choice, boolean vectorAvailable) {
        return new SpinState(couplings, checked(couplings, spins).clone(), choice, vectorAvailable);
    }

    private static byte[] checked(Couplings couplings, byte[] spins) {
        if (spins.length != couplings.n) {
            throw new IllegalArgumentException("configuration has " + spins.length + " spins, network has N = " + couplings.n);
        }
        for (byte s : spins) {
            if (s != 1 && s != -1) {
                throw new IllegalArgumentException("spins must be +-1, found " + s);
            }
        }
        return spins;
    }

    public Couplings couplings() {
        return c;
    }

    public int n() {
        return c.n;
    }

    /** The name of the flip kernel this state runs on (e.g. "pair-vector-256", "reference"). */
    public String kernelName() {
        return kernel.name();
    }

    /** Bytes this replica holds: configuration and tracked sums (the shared couplings not counted). */
    public long bytesPerReplica() {
        return sigma.length + kernel.bytesPerReplica();
    }

    /**
     * Moves to the kernel that is cheapest at this acceptance rate, where there is a choice
     * ({@link FlipKernels#forAcceptance}); true when it moved. The trajectory is the same on either.
     */
    boolean adaptKernel(double acceptanceRate) {
        FlipKernel next = FlipKernels.forAcceptance(kernel, c, sigma, choice, vectorAvailable, acceptanceRate);
        if (next == kernel) {
            return false;
        }
        kernel = next;
        return true;
    }

    FlipKernel kernel() {
        return kernel;
    }

    /** Spin i, +1 or -1. */
    public int spin(int i) {
        return sigma[i];
    }

    /** A copy of the configuration. */
    public byte[] spins() {
        return sigma.clone();
    }

    /** The configuration as a bit set (bit i set when sigma_i = +1), what travels in messages. */
    public long[] packed() {
        return PackedSpins.pack(sigma);
    }

    /** Replaces the whole configuration (e.g. after a tempering swap) and rebuilds the sums. */
    public void load(long[] bits) {
        PackedSpins.unpackInto(bits, sigma);
        kernel.recomputeSums();
    }

    /** Replaces the configuration with {@code spins} and rebuilds the sums. */
    public void load(byte[] spins) {
        if (spins.length != sigma.length) {
            throw new IllegalArgumentException("configuration has " + spins.length + " spins, network has N = " + sigma.length);
        }
        System.arraycopy(spins, 0, sigma, 0, sigma.length);
        kernel.recomputeSums();
    }

    /**
     * A configuration with its tracked sums: what moves between temperature slots on a tempering
     * swap, so that the receiver continues in O(N + terms) instead of recomputing O(N * terms).
     */
    public record Snapshot(long[] spins, long[] firstPowerSums, double[] higherOddPowerSums) {
    }

    /** The configuration and its sums, as fresh arrays. */
    public Snapshot snapshot() {
        long[] p1 = new long[c.terms];
        double[] odd = new double[c.terms * kernel.tracked()];
        kernel.exportSums(p1, odd);
        return new Snapshot(packed(), p1, odd);
    }

    /** Loads a snapshot taken from a state of the same couplings; its sums are trusted as they are. */
    public void restore(Snapshot snapshot) {
        if (snapshot.firstPowerSums().length != c.terms || snapshot.higherOddPowerSums().length != c.terms * kernel.tracked()) {
            throw new IllegalArgumentException("snapshot of " + snapshot.firstPowerSums().length
                    + " terms does not fit a network with " + c.terms + " terms");
        }
        PackedSpins.unpackInto(snapshot.spins(), sigma);
        kernel.importSums(snapshot.firstPowerSums(), snapshot.higherOddPowerSums());
    }

    /** p_1 of term t: sum_j w^t_j sigma_j. */
    public long firstPowerSum(int t) {
        if (t < 0 || t >= c.terms) {
            throw new IndexOutOfBoundsException("term " + t + " of " + c.terms);
        }
        return kernel.firstPowerSum(t);
    }

    // ---- energy ------------------------------------------------------------------------------

    /** H(sigma) from the tracked sums, O(terms * P). */
    public double energy() {
        double total = 0.0;
        for (int t = 0; t < c.terms; t++) {
            total += termValue(t);
        }
        return -c.prefactor * total;
    }

    private double termValue(int t) {
        long p1 = kernel.firstPowerSum(t);
        if (!c.distinct) {
            return Math.pow(p1, c.order);
        }
        if (c.plusMinusOne) {
            return NewtonIdentities.evaluate(c.fullElementary, p1);
        }
        double[] p = powerScratch;
        for (int k = 1; k <= c.order; k++) {
            p[k] = k % 2 == 0 ? c.evenPowerSums[t * (c.order + 1) + k] : k == 1 ? p1 : kernel.higherOddSum(t, (k - 3) / 2);
        }
        return NewtonIdentities.elementary(p, c.order, elementaryScratch);
    }

    /** The energy change of flipping spin i, O(terms). */
    public double deltaEnergy(int i) {
        return kernel.deltaEnergy(i);
    }

    // ---- updates -----------------------------------------------------------------------------

    /** Flips spin i and updates every tracked sum, O(terms). */
    public void flip(int i) {
        kernel.flip(i);
    }

    // ---- consistency ---------------------------------------------------------------------------

    /**
     * Recomputes every sum from scratch and compares it with the incrementally kept one; throws
     * {@link IllegalStateException} naming the first term that drifted. O(N * terms).
     */
    public void checkConsistency() {
        kernel.checkConsistency();
    }
}
