package io.densehebb.mc;

import io.densehebb.model.InvalidParameterException;
import io.densehebb.model.Network;
import io.densehebb.model.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;

/** Where a chain starts. */
public enum InitialState {
    /** Independent fair signs, from the replica's own initial-state stream. */
    RANDOM("random"),
    /** The first archetype xi^1 (a retrieval start). */
    ARCHETYPE("archetype"),
    /** The first example eta^{1,1} of the first class (what a network trained on data is shown). */
    EXAMPLE("example");

    private final String configName;

    InitialState(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public static InitialState parse(String parameter, String text) {
        for (InitialState s : values()) {
            if (s.configName.equals(text)) {
                return s;
            }
        }
        throw new InvalidParameterException(parameter, text, "one of random | archetype | example");
    }

    /** The starting configuration of replica {@code replicaId} (only RANDOM depends on seed and id). */
    public byte[] configuration(Network network, long seed, long replicaId) {
        return switch (this) {
            case ARCHETYPE -> network.dataset().archetypes().pattern(0);
            case EXAMPLE -> network.dataset().examples().pattern(0);
            case RANDOM -> {
                UniformRandomProvider rng = RandomStreams.create(seed, RandomStreams.Purpose.INITIAL_STATE, replicaId);
                byte[] sigma = new byte[network.n()];
                for (int i = 0; i < sigma.length; i++) {
                    sigma[i] = rng.nextBoolean() ? (byte) 1 : (byte) -1;
                }
                yield sigma;
            }
        };
    }
}
