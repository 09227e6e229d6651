package io.densehebb.actors;

import io.densehebb.model.RandomStreams;

/**
 * Test-only failure source (config keys densehebb.testing.fault-rate and failing-round). Passing
 * faults: from the seed alone it decides whether replica (copy, slot) throws in a given round; only the
 * first attempt of a round can fail, so the replay after the supervisor's restart goes through and the
 * run's numbers do not change. A repeating fault, as a bug would be: replica (copy 0, slot 0) throws at
 * {@code failingRound} on every attempt.
 *
 * @param failingRound the round at which replica 0 always fails, or -1 for none
 */
public record FaultInjector(double rate, long seed, long failingRound) {

    public static final FaultInjector NONE = new FaultInjector(0.0, 0L);

    /** Passing faults only. */
    public FaultInjector(double rate, long seed) {
        this(rate, seed, -1);
    }

    public boolean shouldFail(long replicaId, long round, int attempt) {
        if (round == failingRound && replicaId == 0) {
            return true;
        }
        if (rate <= 0.0 || attempt > 0) {
            return false;
        }
        long id = round * 1_000_003L + replicaId;
        return RandomStreams.create(seed, RandomStreams.Purpose.FAULTS, id).nextDouble() < rate;
    }

    /** The exception an injected fault throws. */
    public static final class InjectedFault extends RuntimeException {
        public InjectedFault(String message) {
            super(message);
        }
    }
}
