package io.densehebb.model;

import org.apache.commons.rng.RandomProviderState;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.core.RandomProviderDefaultState;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * Independent, reproducible random streams derived from one seed. Every purpose (archetypes,
 * examples, the dynamics of each replica, ...) gets its own stream, so that changing how the dynamics
 * draws never changes the disorder, and replica k's stream does not depend on how many replicas
 * exist or which thread runs them.
 *
 * <p>The 128-bit generator state is obtained by hashing (seed, purpose, id) with the SplitMix64
 * finaliser, which is the seeding procedure recommended for the xoroshiro family.
 */
public final class RandomStreams {

    /** What a stream is used for; the ordinal is part of the derivation and must never change. */
    public enum Purpose {
        ARCHETYPES,
        EXAMPLES,
        DYNAMICS,
        INITIAL_STATE,
        TEMPERING,
        FAULTS,
        /** The dynamics started from input j of a classification or retrieval (id = j). */
        CLASSIFICATION
    }

    private RandomStreams() {
    }

    /** A fresh generator for (seed, purpose, id). */
    public static RestorableUniformRandomProvider create(long seed, Purpose purpose, long id) {
        long h = mix(seed ^ 0x6A09E667F3BCC909L);
        h = mix(h + 0x9E3779B97F4A7C15L * (purpose.ordinal() + 1));
        h = mix(h + 0xBB67AE8584CAA73BL * (id + 1));
        long s0 = mix(h + 0x9E3779B97F4A7C15L);
        long s1 = mix(h + 2 * 0x9E3779B97F4A7C15L);
        if (s0 == 0 && s1 == 0) {
            s1 = 1; // the all-zero state is the one state xoroshiro cannot leave
        }
        return new XoRoShiRo128PlusPlus(s0, s1);
    }

    /** The generator's state as bytes, for checkpoints. */
    public static byte[] saveState(RestorableUniformRandomProvider rng) {
        RandomProviderState state = rng.saveState();
        return ((RandomProviderDefaultState) state).getState();
    }

    /** Restores a state written by {@link #saveState}. */
    public static void restoreState(RestorableUniformRandomProvider rng, byte[] state) {
        rng.restoreState(new RandomProviderDefaultState(state));
    }

    /** SplitMix64's output function (Steele, Lea, Flood 2014): a bijective 64-bit mixer. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
