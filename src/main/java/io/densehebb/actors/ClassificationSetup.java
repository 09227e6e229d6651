package io.densehebb.actors;

import io.densehebb.data.BinaryImages;
import io.densehebb.mc.Couplings;
import io.densehebb.mc.SweepOrder;
import io.densehebb.mc.UpdateRule;
import io.densehebb.model.Network;

/**
 * What every classifier of one classification shares, built once per JVM and never sent in a
 * message: the network with its couplings, the inputs (binarised test images, read-only), and the
 * dynamics. Input j's chain draws from the stream (seed, CLASSIFICATION, j), so its result depends on
 * j alone, not on which actor or thread runs it.
 *
 * @param inputs   the test images; the first {@code count} are classified
 * @param pictures the first this many inputs also return their final state (for the pictures)
 */
public record ClassificationSetup(Network network, Couplings couplings, BinaryImages inputs, int count,
                                  double temperature, UpdateRule rule, SweepOrder order, long seed, int maxSweeps,
                                  int pictures) {
}
