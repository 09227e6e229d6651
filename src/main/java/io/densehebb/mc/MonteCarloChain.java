package io.densehebb.mc;

import io.densehebb.model.InvalidParameterException;
import io.densehebb.model.RandomStreams;
import org.apache.commons.rng.RestorableUniformRandomProvider;

/**
 * One Markov chain: a {@link SpinState} evolved by single-spin Metropolis or heat-bath updates at
 * inverse temperature beta, with its own random stream. A sweep is N attempted flips in sequential or
 * random-permutation order. T = 0 is zero-temperature dynamics: downhill flips always, uphill never,
 * and ties (dE = 0) accepted by Metropolis and taken with probability 1/2 by heat bath, the T -> 0
 * limits of the two rules.
 */
public final class MonteCarloChain {

    private final SpinState state;
    private final UpdateRule rule;
    private final SweepOrder order;
    private final RestorableUniformRandomProvider rng;
    private final int[] visitOrder;
    private double temperature;
    private double beta;
    private long attempted;
    private long accepted;
    /** The acceptance rule at the current beta, built by the state's kernel on the next sweep. */
    private Acceptance acceptance;
    /** Sweeps between two looks at the acceptance rate for {@link SpinState#adaptKernel}. */
    static final int ADAPT_EVERY = 16;
    private int sweepsInWindow;
    private long acceptedInWindow;

    public MonteCarloChain(SpinState state, UpdateRule rule, SweepOrder order, double temperature,
                           RestorableUniformRandomProvider rng) {
        this.state = state;
        this.rule = rule;
        this.order = order;
        this.rng = rng;
        this.visitOrder = new int[state.n()];
        for (int i = 0; i < visitOrder.length; i++) {
            visitOrder[i] = i;
        }
        setTemperature(temperature);
    }

    public SpinState state() {
        return state;
    }

    public RestorableUniformRandomProvider rng() {
        return rng;
    }

    public double temperature() {
        return temperature;
    }

    public double beta() {
        return beta;
    }

    public void setTemperature(double temperature) {
        if (!(temperature >= 0.0) || Double.isInfinite(temperature)) {
            throw new InvalidParameterException("temperature", temperature, "a finite number >= 0");
        }
        double newBeta = temperature == 0.0 ? Double.POSITIVE_INFINITY : 1.0 / temperature;
        if (acceptance != null && Double.compare(newBeta, beta) != 0) {
            acceptance = null;
        }
        this.temperature = temperature;
        this.beta = newBeta;
    }

    private Acceptance acceptance() {
        Acceptance a = acceptance;
        if (a == null) {
            a = state.kernel().acceptance(rule, beta);
            acceptance = a;
        }
        return a;
    }

    /** Bytes of the chain's own acceptance table at the current temperature (0 before the first sweep). */
    long acceptanceBytes() {
        Acceptance a = acceptance;
        return a == null ? 0 : a.bytes();
    }

    /** The name of the flip kernel this chain's state runs on. */
    public String kernelName() {
        return state.kernelName();
    }

    public UpdateRule rule() {
        return rule;
    }

    public SweepOrder order() {
        return order;
    }

    /** Flips attempted since construction (or the last {@link #restore}). */
    public long attempted() {
        return attempted;
    }

    public long accepted() {
        return accepted;
    }

    /** The chain's full state, for checkpoints and replays. */
    public ChainState snapshot() {
        return new ChainState(state.snapshot(), RandomStreams.saveState(rng), attempted, accepted);
    }

    /** Continues from a state taken by {@link #snapshot()} on a chain of the same network. */
    public void restore(ChainState saved) {
        state.restore(saved.configuration());
        RandomStreams.restoreState(rng, saved.rngState());
        attempted = saved.attempted();
        accepted = saved.accepted();
        sweepsInWindow = 0;
        acceptedInWindow = 0;
    }

    /** Runs {@code sweeps} sweeps; returns the number of accepted flips. */
    public long sweeps(int sweeps) {
        long acc = 0;
        for (int s = 0; s < sweeps; s++) {
            acc += sweep();
        }
        return acc;
    }

    /** One sweep of N attempted flips; returns the number accepted. */
    public int sweep() {
        int[] visit = beginSweep();
        int acc = state.kernel().sweep(visit, acceptance(), rng);
        endSweep(acc);
        return acc;
    }

    // ---- the pieces of a sweep, for ReplicaBlock (interleaved sweeps of several chains) --------

    /** Draws this sweep's visiting order (from the identity, consuming the stream) and returns it. */
    int[] beginSweep() {
        if (order == SweepOrder.RANDOM) {
            shuffle();
        }
        return visitOrder;
    }

    /** Attempts the flip of spin i with this chain's stream; true when accepted. */
    boolean attempt(int i) {
        return state.kernel().attempt(i, acceptance(), rng);
    }

    Acceptance currentAcceptance() {
        return acceptance();
    }

    void endSweep(int acceptedThisSweep) {
        attempted += visitOrder.length;
        accepted += acceptedThisSweep;
        acceptedInWindow += acceptedThisSweep;
        if (++sweepsInWindow == ADAPT_EVERY) {
            // the kernel may change with the rate (same trajectory, other cost): its acceptance too
            if (state.adaptKernel(acceptedInWindow / ((double) ADAPT_EVERY * visitOrder.length))) {
                acceptance = null;
            }
            sweepsInWindow = 0;
            acceptedInWindow = 0;
        }
    }

    /**
     * The reference sweep: the original loop on {@link SpinState#deltaEnergy} with the decision of
     * {@link Acceptance#accept}; kept for tests, which compare it with {@link #sweep()}.
     */
    int referenceSweep() {
        int[] visit = beginSweep();
        Acceptance a = Acceptance.of(rule, beta);
        int acc = 0;
        for (int k = 0; k < visit.length; k++) {
            int i = visit[k];
            if (a.accept(state.deltaEnergy(i), rng)) {
                state.flip(i);
                acc++;
            }
        }
        endSweep(acc);
        return acc;
    }

    /**
     * Fisher-Yates from the identity: a uniformly random visiting order without allocation. Starting
     * from the identity every time makes a sweep depend only on the random stream, so a chain rebuilt
     * from (spins, stream state) continues exactly as the original would.
     */
    private void shuffle() {
        int[] a = visitOrder;
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }
}
