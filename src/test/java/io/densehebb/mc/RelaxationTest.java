package io.densehebb.mc;

import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.model.Interaction;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;
import io.densehebb.model.RandomStreams;
import org.junit.jupiter.api.Test;

/** Relaxation at T = 0 stops at a fixed point; at T > 0 it runs every sweep it is given. */
class RelaxationTest {

    /**
     * One stored pattern (K = 1, P = 2, N = 100): from the pattern with 10 spins flipped, every flip of
     * a wrong spin lowers the energy and no other does, so T = 0 dynamics ends on the pattern itself,
     * after the sweep that repairs it and one sweep that finds nothing to flip. From the pattern, one
     * sweep.
     */
    @Test
    void zeroTemperatureEndsAtTheFixedPointAndSaysHowManySweepsItTook() {
        Network network = Network.synthetic(NetworkSpec.hopfield(2, 100, 1, Interaction.DISTINCT), 4);
        Couplings couplings = new Couplings(network);
        byte[] xi = network.dataset().archetypes().pattern(0);
        byte[] noisy = xi.clone();
        for (int i = 0; i < 100; i += 10) {
            noisy[i] = (byte) -noisy[i];
        }
        Relaxation.Result repaired = Relaxation.run(couplings, noisy, 0.0, UpdateRule.METROPOLIS, SweepOrder.RANDOM,
                RandomStreams.create(1, RandomStreams.Purpose.CLASSIFICATION, 0), 50);
        assertThat(repaired.state()).isEqualTo(xi);
        assertThat(repaired.sweeps()).isEqualTo(2);
        Relaxation.Result still = Relaxation.run(couplings, xi, 0.0, UpdateRule.METROPOLIS, SweepOrder.SEQUENTIAL,
                RandomStreams.create(1, RandomStreams.Purpose.CLASSIFICATION, 1), 50);
        assertThat(still.state()).isEqualTo(xi);
        assertThat(still.sweeps()).isEqualTo(1);
        Relaxation.Result hot = Relaxation.run(couplings, xi, 0.8, UpdateRule.METROPOLIS, SweepOrder.RANDOM,
                RandomStreams.create(1, RandomStreams.Purpose.CLASSIFICATION, 2), 7);
        assertThat(hot.sweeps()).isEqualTo(7);
    }
}
