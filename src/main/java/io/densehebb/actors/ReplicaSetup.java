package io.densehebb.actors;

import io.densehebb.mc.Couplings;
import io.densehebb.mc.InitialState;
import io.densehebb.mc.SweepOrder;
import io.densehebb.mc.UpdateRule;
import io.densehebb.model.Network;

/**
 * What every replica of a run shares, built once per JVM: the network (patterns are immutable and
 * read-only) with its couplings, and the dynamics settings. Never sent in a message.
 */
public record ReplicaSetup(Network network, Couplings couplings, UpdateRule rule, SweepOrder order,
                           InitialState init, long seed, int copies, int slots, FaultInjector faults) {

    /** The replica id of (copy, slot): the key of its random streams, independent of threads and timing. */
    public long replicaId(int copy, int slot) {
        return (long) copy * slots + slot;
    }
}
