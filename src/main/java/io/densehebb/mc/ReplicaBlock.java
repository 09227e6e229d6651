package io.densehebb.mc;

import java.util.List;

/**
 * Several replicas of the same disorder (copies, typically at one temperature) swept by one owner in
 * lock step: attempt k of every replica is made before attempt k + 1 of any. Each replica keeps its
 * own state, random stream, visiting order and counters, and draws from its stream in exactly the
 * order it would alone, so a block sweep leaves every replica exactly where sweeping them one by one
 * would ({@code ReplicaBlockTest}).
 *
 * <p>Where it helps: with sequential order every replica visits spin k at step k, and the kernel can
 * stream row k of the patterns once for several replicas ({@link FlipKernel#attemptBlock}; the vector
 * pair kernel computes two replicas' dot products from one pass over the row, widening each pattern
 * chunk once). That pays when the patterns do not fit the caches (N = 4000, K = 2000: about half the
 * time per flip with four replicas) and not when they do. With random order each replica visits its
 * own permutation, the rows differ, and the block only interleaves independent sweeps (no sharing;
 * the results are the same). See the Benchmarks section of README.md for measured figures.
 */
public final class ReplicaBlock {

    private final MonteCarloChain[] chains;
    private final int n;
    private final int[][] orders;
    private final int[] acceptedThisSweep;
    private final FlipKernel[] kernels;
    private final Acceptance[] acceptances;
    private final org.apache.commons.rng.UniformRandomProvider[] rngs;
    /** Every chain visits sites in sequential order: rows can be shared when the kernels agree too. */
    private final boolean sequential;

    /** A block of chains on the same couplings (at least one). */
    public ReplicaBlock(List<MonteCarloChain> chains) {
        if (chains.isEmpty()) {
            throw new IllegalArgumentException("a replica block needs at least one chain");
        }
        this.chains = chains.toArray(new MonteCarloChain[0]);
        Couplings first = this.chains[0].state().couplings();
        for (MonteCarloChain chain : this.chains) {
            if (chain.state().couplings() != first) {
                throw new IllegalArgumentException("every chain of a replica block must share one Couplings instance");
            }
        }
        this.n = first.n;
        this.orders = new int[this.chains.length][];
        this.acceptedThisSweep = new int[this.chains.length];
        this.kernels = new FlipKernel[this.chains.length];
        this.acceptances = new Acceptance[this.chains.length];
        this.rngs = new org.apache.commons.rng.UniformRandomProvider[this.chains.length];
        boolean inOrder = true;
        for (int r = 0; r < this.chains.length; r++) {
            rngs[r] = this.chains[r].rng();
            inOrder &= this.chains[r].order() == SweepOrder.SEQUENTIAL;
        }
        this.sequential = inOrder && this.chains.length > 1;
    }

    public int size() {
        return chains.length;
    }

    public MonteCarloChain chain(int r) {
        return chains[r];
    }

    /** One sweep of every replica, interleaved; returns the total number of accepted flips. */
    public long sweep() {
        int replicas = chains.length;
        // kernels are looked up every sweep: a chain may move to another (MonteCarloChain.endSweep)
        boolean lockStep = sequential;
        for (int r = 0; r < replicas; r++) {
            orders[r] = chains[r].beginSweep();
            acceptedThisSweep[r] = 0;
            kernels[r] = chains[r].state().kernel();
            lockStep &= kernels[r].getClass() == kernels[0].getClass();
        }
        if (lockStep) {
            // every replica is at site k: the kernel streams row k once for all of them
            for (int r = 0; r < replicas; r++) {
                acceptances[r] = chains[r].currentAcceptance();
            }
            FlipKernel lead = kernels[0];
            for (int k = 0; k < n; k++) {
                lead.attemptBlock(kernels, k, acceptances, rngs, acceptedThisSweep);
            }
        } else {
            for (int k = 0; k < n; k++) {
                for (int r = 0; r < replicas; r++) {
                    if (chains[r].attempt(orders[r][k])) {
                        acceptedThisSweep[r]++;
                    }
                }
            }
        }
        long total = 0;
        for (int r = 0; r < replicas; r++) {
            chains[r].endSweep(acceptedThisSweep[r]);
            total += acceptedThisSweep[r];
        }
        return total;
    }

    /** {@code sweeps} block sweeps; returns the total number of accepted flips. */
    public long sweeps(int sweeps) {
        long total = 0;
        for (int s = 0; s < sweeps; s++) {
            total += sweep();
        }
        return total;
    }
}
