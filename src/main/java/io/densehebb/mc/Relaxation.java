package io.densehebb.mc;

import org.apache.commons.rng.RestorableUniformRandomProvider;

/**
 * The dynamics started from a given configuration (a test image, a noisy pattern) and run at one
 * temperature: at most {@code maxSweeps} sweeps, and at T = 0 no further than the first sweep in which
 * nothing flipped (a fixed point: with downhill-only flips the state can no longer change). What
 * classification and retrieval experiments do with each input, one chain per input.
 */
public final class Relaxation {

    /** The end of one relaxation: the final spins and the sweeps it took. */
    public record Result(byte[] state, int sweeps) {
    }

    private Relaxation() {
    }

    public static Result run(Couplings couplings, byte[] start, double temperature, UpdateRule rule, SweepOrder order,
                             RestorableUniformRandomProvider rng, int maxSweeps) {
        MonteCarloChain chain = new MonteCarloChain(SpinState.of(couplings, start), rule, order, temperature, rng);
        int done = 0;
        while (done < maxSweeps) {
            int accepted = chain.sweep();
            done++;
            if (accepted == 0 && temperature == 0.0) {
                break;
            }
        }
        return new Result(chain.state().spins(), done);
    }
}
