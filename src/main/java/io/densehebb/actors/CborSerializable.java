package io.densehebb.actors;

/**
 * Marker for every message of the run protocol: bound to Jackson CBOR in reference.conf, so the
 * same messages can cross JVMs, and tests run with serialize-messages on to prove they survive it.
 */
public interface CborSerializable {
}
