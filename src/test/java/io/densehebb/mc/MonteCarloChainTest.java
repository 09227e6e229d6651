package io.densehebb.mc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.densehebb.model.Interaction;
import io.densehebb.model.InvalidParameterException;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;
import io.densehebb.model.RandomStreams;
import org.junit.jupiter.api.Test;

class MonteCarloChainTest {

    private final Network network = Network.synthetic(NetworkSpec.hopfield(2, 200, 3, Interaction.DISTINCT), 1);

    @Test
    void negativeTemperatureIsRefused() {
        assertThatThrownBy(() -> chain(-0.5, UpdateRule.METROPOLIS))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("temperature = -0.5 is not allowed: a finite number >= 0");
    }

    @Test
    void zeroTemperatureNeverRaisesTheEnergy() {
        for (UpdateRule rule : UpdateRule.values()) {
            MonteCarloChain chain = chain(0.0, rule);
            double previous = chain.state().energy();
            for (int s = 0; s < 20; s++) {
                chain.sweep();
                double e = chain.state().energy();
                assertThat(e).isLessThanOrEqualTo(previous + 1e-12);
                previous = e;
            }
        }
    }

    @Test
    void aSweepAttemptsEverySpinOnce() {
        MonteCarloChain chain = chain(1.0, UpdateRule.HEAT_BATH);
        chain.sweeps(7);
        assertThat(chain.attempted()).isEqualTo(7L * 200);
        assertThat(chain.accepted()).isBetween(1L, 7L * 200);
        chain.state().checkConsistency();
    }

    private MonteCarloChain chain(double temperature, UpdateRule rule) {
        var init = RandomStreams.create(1, RandomStreams.Purpose.INITIAL_STATE, 0);
        byte[] sigma = new byte[network.n()];
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] = init.nextBoolean() ? (byte) 1 : (byte) -1;
        }
        return new MonteCarloChain(SpinState.of(new Couplings(network), sigma), rule, SweepOrder.RANDOM, temperature,
                RandomStreams.create(1, RandomStreams.Purpose.DYNAMICS, 0));
    }
}
