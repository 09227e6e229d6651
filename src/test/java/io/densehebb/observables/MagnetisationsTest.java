package io.densehebb.observables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.densehebb.mc.Couplings;
import io.densehebb.mc.SpinState;
import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;
import io.densehebb.model.RandomStreams;
import org.junit.jupiter.api.Test;

/** The order parameters follow the definitions of docs/physics.md section 4 literally. */
class MagnetisationsTest {

    private final NetworkSpec spec = new NetworkSpec(ModelKind.SUPERVISED, 4, 500, 3, 7, 0.6, Interaction.DISTINCT);
    private final Network network = Network.synthetic(spec, 3);

    @Test
    void retrievingTheArchetypeGivesMOneAndNAboutOne() {
        byte[] xi = network.dataset().archetypes().pattern(1);
        double[] m = Magnetisations.mattis(network, xi);
        assertThat(m[1]).isEqualTo(1.0);
        assertThat(Magnetisations.retrieved(m)).isEqualTo(1);
        // n_mu(xi) = (1/((1+rho) r N)) sum_i etahat_i xi_i -> r / ((1 + rho) r) = 1/(1+rho) for large N
        double[] n = Magnetisations.exampleMagnetisations(network, xi);
        assertThat(n[1]).isCloseTo(1.0 / (1.0 + spec.rho()), within(4 / Math.sqrt(spec.N() * spec.M())));
    }

    @Test
    void exampleMagnetisationsFollowTheirDefinitions() {
        byte[] sigma = network.dataset().examples().pattern(4);
        double norm = (1 + spec.rho()) * spec.r() * spec.N();
        double[] n = Magnetisations.exampleMagnetisations(network, sigma);
        double[] perExample = Magnetisations.perExampleMagnetisations(network, sigma);
        for (int mu = 0; mu < spec.K(); mu++) {
            double direct = 0;
            double average = 0;
            for (int i = 0; i < spec.N(); i++) {
                direct += network.dataset().classAverage(mu, i) * sigma[i];
            }
            for (int a = 0; a < spec.M(); a++) {
                double dot = 0;
                for (int i = 0; i < spec.N(); i++) {
                    dot += network.dataset().examples().get(mu * spec.M() + a, i) * sigma[i];
                }
                assertThat(perExample[mu * spec.M() + a]).isCloseTo(dot / norm, within(1e-12));
                average += perExample[mu * spec.M() + a] / spec.M();
            }
            assertThat(n[mu]).isCloseTo(direct / norm, within(1e-12));
            assertThat(n[mu]).isCloseTo(average, within(1e-12)); // n_mu is the mean of the n_{mu,a}
        }
        assertThat(perExample[4]).isCloseTo(spec.N() / norm, within(1e-12));
    }

    /**
     * Read off the first power sums a spin state tracks, m and n are the very doubles the O(N K)
     * definitions give, for every model (unsupervised: the sums of the K * M example terms).
     */
    @Test
    void magnetisationsFromTheTrackedSumsAreTheDirectOnesExactly() {
        for (ModelKind kind : ModelKind.values()) {
            Network net = Network.synthetic(new NetworkSpec(kind, 4, 300, 3, 5, 0.5, Interaction.DISTINCT), 7);
            var rng = RandomStreams.create(5, RandomStreams.Purpose.INITIAL_STATE, 0);
            for (int sample = 0; sample < 5; sample++) {
                byte[] sigma = new byte[net.n()];
                for (int i = 0; i < sigma.length; i++) {
                    sigma[i] = rng.nextBoolean() ? (byte) 1 : (byte) -1;
                }
                long[] p1 = SpinState.of(new Couplings(net), sigma).snapshot().firstPowerSums();
                assertThat(Magnetisations.mattis(net, sigma, p1)).as("%s m", kind).containsExactly(Magnetisations.mattis(net, sigma));
                assertThat(Magnetisations.exampleMagnetisations(net, p1)).as("%s n", kind)
                        .containsExactly(Magnetisations.exampleMagnetisations(net, sigma));
            }
        }
    }
}
