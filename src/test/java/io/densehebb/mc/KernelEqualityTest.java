package io.densehebb.mc;

import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.model.Interaction;
import io.densehebb.model.ModelKind;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;
import io.densehebb.model.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fast kernel against the scalar reference, on random instances of every model, P = 2, 3, 4, 6
 * and both interactions, with sizes that exercise padding, partial vectors and the int16 / int32
 * accumulation blocks:
 *
 * <ul>
 *   <li>flip by flip: along a random walk, the energy change of several spins is bit-for-bit the
 *       reference's (hence within 1e-12 relative), and the sums stay consistent;</li>
 *   <li>chain by chain: from the same seed, the fast sweep and the reference sweep accept the same
 *       flips (same configuration after every sweep, same counts, same energies) and leave the random
 *       stream in the same state, for Metropolis and heat bath, random and sequential order, at
 *       temperatures from 0 (ties decide) to hot.</li>
 * </ul>
 *
 * Both the auto choice (vector kernels, since the tests run with jdk.incubator.vector) and the scalar
 * fallback are checked. The build runs this class three times, in JVMs of their own: as it is, with
 * -Ddensehebb.vector.bits=512 and with -Ddensehebb.field.maxN=0 (pom.xml);
 * {@link #theSwitchesOfThisJvmAreInForce} shows which.
 */
class KernelEqualityTest {

    @org.junit.jupiter.api.Test
    void theSwitchesOfThisJvmAreInForce() {
        int preferred = jdk.incubator.vector.VectorShape.preferredShape().vectorBitSize();
        String bits = System.getProperty("densehebb.vector.bits");
        assertThat(VectorShapes.BITS).isEqualTo(Math.min(preferred, bits == null ? VectorShapes.DEFAULT_MAX_BITS : Integer.parseInt(bits)));
        assertThat(Couplings.FIELD_MAX_N).isEqualTo(Integer.getInteger("densehebb.field.maxN", 4096));
        if (Couplings.FIELD_MAX_N == 0) {
            Couplings square = new Couplings(Network.synthetic(NetworkSpec.hopfield(2, 50, 64, Interaction.DISTINCT), 15));
            assertThat(SpinState.of(square, randomSpins(50, 15)).kernelName()).doesNotStartWith("pair-field");
        }
        org.slf4j.LoggerFactory.getLogger(KernelEqualityTest.class).info("vector kernels {} wide, pair-field matrix up to N = {}",
                VectorShapes.describe(), Couplings.FIELD_MAX_N);
    }

    static List<Arguments> instances() {
        List<Arguments> out = new ArrayList<>();
        int seed = 100;
        for (Interaction interaction : Interaction.values()) {
            for (int p : new int[] {2, 3, 4, 6}) {
                for (ModelKind kind : ModelKind.values()) {
                    // small N (ties are frequent), terms that are not a multiple of any lane count
                    int n = p == 6 ? 23 : 37;
                    int k = kind == ModelKind.UNSUPERVISED ? 7 : 19;
                    out.add(Arguments.of(new NetworkSpec(kind, p, n, k, 3, 0.6, interaction), seed++));
                }
            }
        }
        // larger instances: several vector blocks, int16 blocks of the pair kernel, long rows
        out.add(Arguments.of(NetworkSpec.hopfield(2, 1100, 70, Interaction.DISTINCT), 7));
        out.add(Arguments.of(NetworkSpec.hopfield(2, 300, 257, Interaction.FULL_POWER), 8));
        // more terms than spins: the pair-field kernel (local fields from the N x N matrix)
        out.add(Arguments.of(NetworkSpec.hopfield(2, 50, 64, Interaction.DISTINCT), 15));
        out.add(Arguments.of(new NetworkSpec(ModelKind.UNSUPERVISED, 2, 30, 10, 5, 0.5, Interaction.FULL_POWER), 16));
        out.add(Arguments.of(NetworkSpec.hopfield(2, 100, 2000, Interaction.DISTINCT), 17));
        out.add(Arguments.of(NetworkSpec.hopfield(4, 150, 300, Interaction.DISTINCT), 9));
        out.add(Arguments.of(NetworkSpec.hopfield(4, 1000, 40, Interaction.DISTINCT), 10));
        out.add(Arguments.of(NetworkSpec.hopfield(3, 200, 90, Interaction.FULL_POWER), 11));
        out.add(Arguments.of(new NetworkSpec(ModelKind.SUPERVISED, 4, 400, 10, 20, 0.4, Interaction.DISTINCT), 12));
        out.add(Arguments.of(new NetworkSpec(ModelKind.UNSUPERVISED, 4, 300, 10, 20, 0.4, Interaction.DISTINCT), 13));
        out.add(Arguments.of(new NetworkSpec(ModelKind.SUPERVISED, 6, 60, 4, 5, 0.7, Interaction.DISTINCT), 14));
        // class sums up to |w| = M = 100 (r = 1): a row's products no longer fit one int over all lanes
        out.add(Arguments.of(new NetworkSpec(ModelKind.SUPERVISED, 2, 2000, 120, 100, 1.0, Interaction.DISTINCT), 18));
        out.add(Arguments.of(new NetworkSpec(ModelKind.SUPERVISED, 2, 500, 33, 20, 0.4, Interaction.FULL_POWER), 19));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void everyEnergyChangeIsTheReferencesBitForBit(NetworkSpec spec, long seed) {
        Network network = Network.synthetic(spec, seed);
        Couplings couplings = new Couplings(network);
        byte[] start = randomSpins(spec.N(), seed);
        for (KernelChoice choice : new KernelChoice[] {KernelChoice.AUTO, KernelChoice.SCALAR}) {
            SpinState reference = SpinState.of(couplings, start, KernelChoice.REFERENCE);
            SpinState fast = SpinState.of(couplings, start, choice);
            assertThat(reference.kernelName()).isEqualTo("reference");
            UniformRandomProvider walk = RandomStreams.create(seed, RandomStreams.Purpose.FAULTS, choice.ordinal());
            int steps = Math.min(3000, 40 * spec.N());
            for (int step = 0; step < steps; step++) {
                for (int probe = 0; probe < 3; probe++) {
                    int i = walk.nextInt(spec.N());
                    double expected = reference.deltaEnergy(i);
                    assertThat(fast.deltaEnergy(i)).as("%s (%s) dE of spin %d at step %d", spec, fast.kernelName(), i, step)
                            .isEqualTo(expected);
                }
                int j = walk.nextInt(spec.N());
                reference.flip(j);
                fast.flip(j);
                if (step % 500 == 0) {
                    assertThat(fast.energy()).isEqualTo(reference.energy());
                    fast.checkConsistency();
                }
            }
            assertThat(fast.spins()).isEqualTo(reference.spins());
            for (int t = 0; t < network.termCount(); t++) {
                assertThat(fast.firstPowerSum(t)).isEqualTo(reference.firstPowerSum(t));
            }
            assertThat(fast.energy()).isEqualTo(reference.energy());
            fast.checkConsistency();
            reference.checkConsistency();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void fastSweepsAcceptTheSameFlipsAsTheReferenceSweep(NetworkSpec spec, long seed) {
        Network network = Network.synthetic(spec, seed);
        Couplings couplings = new Couplings(network);
        byte[] start = randomSpins(spec.N(), seed + 1);
        // a temperature scale where both downhill and uphill moves happen: |dE| is O(1) per spin
        double[] temperatures = {0.0, 0.3, 1.0, 5.0};
        int sweeps = spec.N() > 500 ? 4 : 12;
        for (KernelChoice choice : new KernelChoice[] {KernelChoice.AUTO, KernelChoice.SCALAR}) {
            for (UpdateRule rule : UpdateRule.values()) {
                for (SweepOrder order : SweepOrder.values()) {
                    for (double temperature : temperatures) {
                        MonteCarloChain reference = chain(couplings, start, KernelChoice.REFERENCE, rule, order, temperature, seed);
                        MonteCarloChain fast = chain(couplings, start, choice, rule, order, temperature, seed);
                        for (int s = 0; s < sweeps; s++) {
                            int expected = reference.referenceSweep();
                            assertThat(fast.sweep()).as("%s %s %s T=%s sweep %d (%s)", spec, rule, order, temperature, s,
                                    fast.kernelName()).isEqualTo(expected);
                            assertThat(fast.state().spins()).isEqualTo(reference.state().spins());
                            assertThat(fast.state().energy()).isEqualTo(reference.state().energy());
                        }
                        assertThat(RandomStreams.saveState(fast.rng())).isEqualTo(RandomStreams.saveState(reference.rng()));
                        assertThat(fast.accepted()).isEqualTo(reference.accepted());
                        assertThat(fast.attempted()).isEqualTo(reference.attempted());
                        fast.state().checkConsistency();
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void snapshotsMoveBetweenKernels(NetworkSpec spec, long seed) {
        Network network = Network.synthetic(spec, seed);
        Couplings couplings = new Couplings(network);
        MonteCarloChain reference = chain(couplings, randomSpins(spec.N(), seed), KernelChoice.REFERENCE,
                UpdateRule.METROPOLIS, SweepOrder.RANDOM, 1.0, seed);
        reference.sweeps(3);
        SpinState fast = SpinState.of(couplings, randomSpins(spec.N(), seed + 9));
        fast.restore(reference.state().snapshot());
        fast.checkConsistency();
        for (int i = 0; i < spec.N(); i++) {
            assertThat(fast.deltaEnergy(i)).isEqualTo(reference.state().deltaEnergy(i));
        }
        SpinState back = SpinState.of(couplings, randomSpins(spec.N(), seed + 10), KernelChoice.REFERENCE);
        back.restore(fast.snapshot());
        assertThat(back.energy()).isEqualTo(reference.state().energy());
        back.checkConsistency();
    }

    /**
     * The long polynomials of P >= 5 (two vector passes per accepted flip: p1 and A, then B) in both
     * regimes a run meets: a retrieving chain of P = 5, 6, 7 (from the archetype at T = 0.05, flips
     * rare, the sums near their bounds), heated to T = 5 (most attempts flip), then put back on the
     * archetype and cooled again. It must accept the reference's flips sweep by sweep and keep sums
     * that a recomputation from scratch reproduces. A wrong coefficient, sign or padding term in either
     * pass changes a dE, hence a decision, within a few accepted flips (checked: each V term shifted by
     * 1 fails 4 of the 6 cases).
     */
    @ParameterizedTest(name = "P = {0}, {1}")
    @MethodSource("longPolynomialCases")
    void tableKernelLongPolynomialsMatchTheReferenceWhenFlipsAreRareAndFrequent(int p, Interaction interaction) {
        NetworkSpec spec = NetworkSpec.hopfield(p, 41, 9, interaction);
        Network network = Network.synthetic(spec, p);
        Couplings couplings = new Couplings(network);
        byte[] start = InitialState.parse("init", "archetype").configuration(network, p, 0);
        SpinState.Snapshot retrieval = SpinState.of(couplings, start).snapshot();
        MonteCarloChain reference = chain(couplings, start, KernelChoice.REFERENCE, UpdateRule.METROPOLIS,
                SweepOrder.RANDOM, 0.05, p);
        MonteCarloChain fast = chain(couplings, start, KernelChoice.AUTO, UpdateRule.METROPOLIS, SweepOrder.RANDOM, 0.05, p);
        assertThat(fast.kernelName()).startsWith("table");
        // retrieving (rare flips), hot (frequent), then back to the archetype and cold (rare again)
        double[] temperatures = {0.05, 5.0, 0.05};
        for (int phase = 0; phase < temperatures.length; phase++) {
            double temperature = temperatures[phase];
            if (phase == 2) {
                reference.state().restore(retrieval);
                fast.state().restore(retrieval);
            }
            reference.setTemperature(temperature);
            fast.setTemperature(temperature);
            long acceptedBefore = fast.accepted();
            long attemptedBefore = fast.attempted();
            for (int s = 0; s < 400; s++) {
                int expected = reference.referenceSweep();
                assertThat(fast.sweep()).as("%s T=%s sweep %d", spec, temperature, s).isEqualTo(expected);
                assertThat(fast.state().spins()).isEqualTo(reference.state().spins());
            }
            double rate = (fast.accepted() - acceptedBefore) / (double) (fast.attempted() - attemptedBefore);
            // the two regimes: flips rare (retrieval) and frequent (hot)
            if (temperature < 1) {
                assertThat(rate).as("acceptance at T = %s", temperature).isLessThan(1.0 / 32);
            } else {
                assertThat(rate).as("acceptance at T = %s", temperature).isGreaterThan(1.0 / 8);
            }
            assertThat(fast.state().energy()).isEqualTo(reference.state().energy());
            fast.state().checkConsistency();
        }
    }

    static List<Arguments> longPolynomialCases() {
        List<Arguments> out = new ArrayList<>();
        for (int p : new int[] {5, 6, 7}) {
            for (Interaction interaction : Interaction.values()) {
                out.add(Arguments.of(p, interaction));
            }
        }
        return out;
    }

    /**
     * The vector table kernel sizes its int blocks from a bound on max |p1| and splits the products
     * when the bound allows fewer than {@link VectorTableKernel#SPLIT_BELOW} products per int lane
     * (P = 4, N = 1000: from |p1| of about 510 up). Starting
     * with the overlap of pattern 0 near that limit, the walk and the chains cross it both ways, with
     * the bound drifting and rescanned, and every energy change must still be the reference's.
     */
    @ParameterizedTest(name = "{0} p1 = limit + {1}")
    @MethodSource("rangeLimitCases")
    void tableKernelBlocksFollowTheRangeOfP1(Interaction interaction, int offset, long seed) {
        NetworkSpec spec = NetworkSpec.hopfield(4, 1000, 24, interaction);
        Network network = Network.synthetic(spec, seed);
        Couplings couplings = new Couplings(network);
        int[] steps = couplings.polyUSteps();
        for (int b = 0; b <= spec.N(); b++) {
            long max = 0;
            for (int a = -b; a <= b; a++) {
                if (a == 0 || (a - spec.N()) % 2 == 0) {
                    max = Math.max(max, Couplings.evaluate(couplings.polyU, a).abs().longValueExact());
                }
            }
            // the largest count whose sum of values up to max cannot overflow an int
            assertThat((long) steps[b] * max).isLessThanOrEqualTo(Integer.MAX_VALUE);
            if (max > 0) {
                assertThat((steps[b] + 1L) * max).isGreaterThan(Integer.MAX_VALUE);
            }
        }
        // the smallest max |p1| at which too few products fit an int: the kernel splits from there
        int limit = 0;
        while (limit < spec.N() && steps[limit] >= VectorTableKernel.SPLIT_BELOW) {
            limit++;
        }
        int overlap = Math.max(0, Math.min(spec.N(), limit + offset));
        // pattern 0 with its first (N - overlap) / 2 spins turned: p1 of term 0 = overlap (N even, limit even)
        byte[] start = new byte[spec.N()];
        for (int i = 0; i < spec.N(); i++) {
            start[i] = (byte) network.termWeight(0, i);
            if (i < (spec.N() - overlap) / 2) {
                start[i] = (byte) -start[i];
            }
        }
        SpinState reference = SpinState.of(couplings, start, KernelChoice.REFERENCE);
        SpinState fast = SpinState.of(couplings, start, KernelChoice.AUTO);
        assertThat(fast.firstPowerSum(0)).isEqualTo(overlap);
        if (FlipKernels.vectorKernelsEnabled()) {
            assertThat(fast.kernelName()).startsWith("table-vector");
        }
        UniformRandomProvider walk = RandomStreams.create(seed, RandomStreams.Purpose.FAULTS, 0);
        for (int step = 0; step < 3000; step++) {
            int i = walk.nextInt(spec.N());
            assertThat(fast.deltaEnergy(i)).as("%s (%s) dE of spin %d at step %d", spec, fast.kernelName(), i, step)
                    .isEqualTo(reference.deltaEnergy(i));
            // drift towards or away from the pattern: p1 of term 0 wanders around the limit
            int j = walk.nextInt(spec.N());
            reference.flip(j);
            fast.flip(j);
            if (step % 250 == 0) {
                fast.checkConsistency();
            }
        }
        fast.checkConsistency();
        for (double temperature : new double[] {0.0, 0.05, 5.0}) {
            MonteCarloChain slow = chain(couplings, start, KernelChoice.REFERENCE, UpdateRule.METROPOLIS, SweepOrder.RANDOM,
                    temperature, seed);
            MonteCarloChain quick = chain(couplings, start, KernelChoice.AUTO, UpdateRule.METROPOLIS, SweepOrder.RANDOM,
                    temperature, seed);
            for (int s = 0; s < 3; s++) {
                assertThat(quick.sweep()).isEqualTo(slow.referenceSweep());
                assertThat(quick.state().spins()).isEqualTo(slow.state().spins());
                assertThat(quick.state().energy()).isEqualTo(slow.state().energy());
                quick.state().checkConsistency();
            }
            assertThat(RandomStreams.saveState(quick.rng())).isEqualTo(RandomStreams.saveState(slow.rng()));
        }
    }

    static List<Arguments> rangeLimitCases() {
        List<Arguments> out = new ArrayList<>();
        long seed = 40;
        for (Interaction interaction : Interaction.values()) {
            // far below, just at and around, and far above the limit
            for (int offset : new int[] {-1000, -20, -2, 0, 2, 20, 1000}) {
                out.add(Arguments.of(interaction, offset, seed++));
            }
        }
        return out;
    }

    static MonteCarloChain chain(Couplings couplings, byte[] start, KernelChoice choice, UpdateRule rule,
                                 SweepOrder order, double temperature, long seed) {
        return new MonteCarloChain(SpinState.of(couplings, start, choice), rule, order, temperature,
                RandomStreams.create(seed, RandomStreams.Purpose.DYNAMICS, 0));
    }

    static byte[] randomSpins(int n, long seed) {
        UniformRandomProvider rng = RandomStreams.create(seed, RandomStreams.Purpose.INITIAL_STATE, 0);
        byte[] sigma = new byte[n];
        for (int i = 0; i < n; i++) {
            sigma[i] = rng.nextBoolean() ? (byte) 1 : (byte) -1;
        }
        return sigma;
    }
}
