package io.densehebb.actors;

import io.densehebb.model.RandomStreams;

/**
 * Test-only failure source (config key densehebb.testing.fault-rate): decides, from the seed alone,
 * whether replica (copy, slot) throws in a given round. Only the first attempt of a round can fail,
 * so the replay after the supervisor's restart always goes through and the run's numbers do not
 * change.
 */
public record FaultInjector(double rate, long seed) {

    public static final FaultInjector NONE = new FaultInjector(0.0, 0L);

    public boolean shouldFail(long replicaId, long round, int attempt) {
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
