package io.densehebb.mc;

import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.model.RandomStreams;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tabulated decision on dE = scale * S is the reference decision on the double dE, bit for bit,
 * over the whole table, beyond it and at ties, with the same random numbers drawn.
 */
class AcceptanceTest {

    @ParameterizedTest(name = "{0} beta={1} scale={2}")
    @CsvSource({
        "metropolis, 1.5, 0.002",
        "metropolis, 0.7, 0.5",
        "metropolis, 20, 1e-6",
        "metropolis, Infinity, 0.01",
        "heat-bath,  1.5, 0.002",
        "heat-bath,  0.3, 0.25",
        "heat-bath,  Infinity, 0.01"
    })
    void tableDecisionsAreTheReferenceDecisions(String rule, double beta, double scale) {
        UpdateRule r = UpdateRule.parse("rule", rule);
        Acceptance table = Acceptance.withTable(r, beta, scale);
        Acceptance plain = Acceptance.of(r, beta);
        RestorableUniformRandomProvider a = RandomStreams.create(5, RandomStreams.Purpose.DYNAMICS, 0);
        RestorableUniformRandomProvider b = RandomStreams.create(5, RandomStreams.Purpose.DYNAMICS, 0);
        RestorableUniformRandomProvider pick = RandomStreams.create(6, RandomStreams.Purpose.DYNAMICS, 0);
        int range = Math.max(3 * table.tableLength(), 100);
        int accepted = 0;
        for (int k = 0; k < 200_000; k++) {
            long s = pick.nextInt(2 * range + 1) - range;
            if (k % 1000 == 0) {
                s = pick.nextInt(2) == 0 ? Long.MAX_VALUE / 4 : -Long.MAX_VALUE / 4;
            }
            boolean expected = plain.accept(scale * (double) s, b);
            assertThat(table.acceptExact(s, a)).as("S = %d", s).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        assertThat(RandomStreams.saveState(a)).isEqualTo(RandomStreams.saveState(b));
        assertThat(accepted).isPositive();
    }

    @ParameterizedTest(name = "{0} beta={1}")
    @CsvSource({
        "metropolis, 1.5",
        "metropolis, 0.01",
        "metropolis, 300",
        "metropolis, Infinity",
        "heat-bath,  1.5",
        "heat-bath,  0.01",
        "heat-bath,  300",
        "heat-bath,  Infinity"
    })
    void bracketedDecisionsAreTheReferenceDecisions(String rule, double beta) {
        UpdateRule r = UpdateRule.parse("rule", rule);
        Acceptance acceptance = Acceptance.of(r, beta);
        RestorableUniformRandomProvider a = RandomStreams.create(7, RandomStreams.Purpose.DYNAMICS, 0);
        RestorableUniformRandomProvider b = RandomStreams.create(7, RandomStreams.Purpose.DYNAMICS, 0);
        RestorableUniformRandomProvider pick = RandomStreams.create(8, RandomStreams.Purpose.DYNAMICS, 0);
        double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
            -Double.MIN_VALUE, 1e-300, Double.MAX_VALUE};
        int accepted = 0;
        for (int k = 0; k < 400_000; k++) {
            double dE;
            if (k < special.length) {
                dE = special[k];
            } else if (k % 3 == 0) {
                // y = beta dE on and next to the grid points, over the whole reach and beyond
                double y = Math.round(pick.nextDouble() * 2 * 40 / Acceptance.GRID_STEP) * Acceptance.GRID_STEP - 40;
                y += (pick.nextInt(3) - 1) * Math.ulp(y);
                dE = y / beta;
            } else {
                dE = (pick.nextDouble() - 0.3) * 50 / Math.min(beta, 1e6) * Math.pow(10, -pick.nextInt(6));
            }
            boolean expected = acceptance.accept(dE, b);
            assertThat(acceptance.acceptFast(dE, a)).as("dE = %s", dE).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        assertThat(RandomStreams.saveState(a)).isEqualTo(RandomStreams.saveState(b));
        assertThat(accepted).isPositive();
    }

    @org.junit.jupiter.api.Test
    void exactDivisionByMultiplication() {
        RestorableUniformRandomProvider pick = RandomStreams.create(9, RandomStreams.Purpose.DYNAMICS, 0);
        for (long odd : new long[] {1, 3, 5, 15, 45, 315, 2835, 14175}) {
            long inverse = VectorTableKernel.inverseModulo64(odd);
            assertThat(odd * inverse).isEqualTo(1L);
            for (int k = 0; k < 1000; k++) {
                long q = pick.nextLong() >> 20;
                assertThat((q * odd) * inverse).isEqualTo(q);
            }
        }
    }
}
