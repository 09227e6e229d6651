package io.densehebb.mc;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The single-spin acceptance decision of docs/physics.md section 3, in exactly one form that every kernel
 * shares, so that the reference path and the fast paths draw the same random numbers and take the same
 * decisions:
 *
 * <ul>
 *   <li>Metropolis: accept if dE &lt;= 0; otherwise (T &gt; 0) draw u and accept if
 *       u &lt; exp(-beta dE). At T = 0 nothing is drawn and uphill moves are refused.</li>
 *   <li>Heat bath: always draw u and accept if u &lt; 1 / (1 + exp(beta dE)) (T = 0: 1, 0 or 1/2).</li>
 * </ul>
 *
 * <p>Kernels whose energy change is dE = scale * S with S an exact integer ({@link #acceptExact})
 * read exp() from a table indexed by S, filled with the very same expression, so the decision is
 * bit-for-bit the one {@link #accept} would take; outside the table the probability is bounded by the
 * last entry (exp is monotone) and exp() is evaluated only in the rare case the bound does not decide.
 * The table takes exp() and its latency off the path of most attempts; its entries are filled on
 * first use, so a new temperature costs nothing up front.
 */
final class Acceptance {

    /** Largest table (entries); a table stops earlier once its probabilities fall below {@link #TABLE_FLOOR}. */
    static final int MAX_TABLE = 4096;
    static final double TABLE_FLOOR = 1e-3;

    final boolean metropolis;
    final double beta;
    final boolean zeroTemperature;
    /** dE = scale * S for {@link #acceptExact}; 0 when this acceptance has no integer table. */
    final double scale;
    /** Metropolis: table[s] = exp(-beta * (scale * s)); heat bath: table[j] = p(scale * (j - offset)); NaN = not yet filled. */
    private final double[] table;
    private final int offset;
    private final double lastEntry;
    private final double firstEntry;

    /**
     * Brackets for a double dE (T &gt; 0): grid[j] = the reference probability at y = j * GRID_STEP,
     * y = beta * dE (Metropolis: exp(-y), heat bath: 1 / (1 + exp(y)), heat bath shifted by
     * GRID_REACH so that negative y is covered). For y in cell k the probability lies between grid
     * entries k-1 and k+2 (one cell of slack for the rounding of k), because Math.exp is
     * semi-monotonic; u outside that range decides without exp(), and only the rest (about
     * 3 * GRID_STEP of the draws) evaluates the reference expression.
     */
    private final double[] grid;
    static final double GRID_STEP = 0x1p-6;
    static final double GRID_REACH = 32.0;

    private Acceptance(UpdateRule rule, double beta, double scale) {
        this.metropolis = rule == UpdateRule.METROPOLIS;
        this.beta = beta;
        this.zeroTemperature = beta == Double.POSITIVE_INFINITY;
        this.scale = scale;
        if (scale > 0 && !zeroTemperature && beta > 0) {
            // entries up to where the probability falls below TABLE_FLOOR (the size is only a bound;
            // the entries themselves are the exact expressions, filled on first use)
            double reach = Math.log(1.0 / TABLE_FLOOR) / (beta * scale);
            int size = (int) Math.min(metropolis ? MAX_TABLE : MAX_TABLE / 2, Math.ceil(reach) + 2);
            if (metropolis) {
                table = new double[size];
                offset = 0;
            } else {
                table = new double[2 * size + 1];
                offset = size;
            }
            java.util.Arrays.fill(table, Double.NaN);
            lastEntry = entry(table.length - 1);
            firstEntry = entry(0);
        } else {
            table = null;
            offset = 0;
            lastEntry = 0;
            firstEntry = 0;
        }
        grid = zeroTemperature || !(beta > 0) ? null : metropolis ? METROPOLIS_GRID : HEAT_BATH_GRID;
    }

    /** The bracket grids depend on the rule only: shared by every chain (read-only). */
    private static final double[] METROPOLIS_GRID = bracketGrid(true);
    private static final double[] HEAT_BATH_GRID = bracketGrid(false);

    /** Bytes this acceptance holds for its chain (the integer table; the grids are shared). */
    long bytes() {
        return table == null ? 0 : 8L * table.length;
    }

    private static double[] bracketGrid(boolean metropolis) {
        int cells = (int) (GRID_REACH / GRID_STEP);
        if (metropolis) {
            double[] g = new double[cells + 1];
            for (int j = 0; j <= cells; j++) {
                g[j] = Math.exp(-(j * GRID_STEP));
            }
            return g;
        }
        double[] g = new double[2 * cells + 1];
        for (int j = 0; j <= 2 * cells; j++) {
            g[j] = heatBath(1.0, (j - cells) * GRID_STEP);
        }
        return g;
    }

    /** Table entry j (filled on first use): exactly the expression {@link #accept} evaluates. */
    private double entry(int j) {
        double v = table[j];
        if (v != v) {
            double dE = scale * (double) (j - offset);
            v = metropolis ? Math.exp(-beta * dE) : heatBath(beta, dE);
            table[j] = v;
        }
        return v;
    }

    /** Decisions on a double dE only. */
    static Acceptance of(UpdateRule rule, double beta) {
        return new Acceptance(rule, beta, 0.0);
    }

    /** Decisions on dE = scale * S, with a table over small integers S (scale must be &gt; 0). */
    static Acceptance withTable(UpdateRule rule, double beta, double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be > 0, got " + scale);
        }
        return new Acceptance(rule, beta, scale);
    }

    boolean hasTable() {
        return table != null;
    }

    int tableLength() {
        return table == null ? 0 : table.length;
    }

    /** The reference decision for an energy change dE; draws from rng exactly as documented above. */
    boolean accept(double dE, UniformRandomProvider rng) {
        if (metropolis) {
            return dE <= 0.0 || (!zeroTemperature && rng.nextDouble() < Math.exp(-beta * dE));
        }
        return rng.nextDouble() < heatBathProbability(dE);
    }

    /**
     * The same decision as {@link #accept}, bit for bit and with the same draws, mostly without
     * exp(): u is compared with grid probabilities that bracket the reference one.
     */
    boolean acceptFast(double dE, UniformRandomProvider rng) {
        double[] g = grid;
        if (g == null) {
            return accept(dE, rng);
        }
        if (metropolis) {
            if (dE <= 0.0) {
                return true;
            }
            double u = rng.nextDouble();
            double y = beta * dE; // the reference evaluates exp(-beta * dE) = exp(-y)
            if (y < GRID_REACH - 2 * GRID_STEP) {
                int k = (int) (y * (1.0 / GRID_STEP));
                if (u < g[k + 2]) {
                    return true;
                }
                if (k >= 1 && u >= g[k - 1]) {
                    return false;
                }
            } else if (u >= g[g.length - 4]) {
                return false; // y >= reach - 2 steps: the probability is below g[cells - 3]
            }
            return u < Math.exp(-beta * dE);
        }
        double u = rng.nextDouble();
        double y = beta * dE; // p = 1 / (1 + exp(y)), decreasing in y
        int cells = (g.length - 1) / 2;
        double shifted = y + GRID_REACH;
        if (shifted >= 2 * GRID_STEP && shifted < 2 * GRID_REACH - 2 * GRID_STEP) {
            int k = (int) (shifted * (1.0 / GRID_STEP));
            if (u < g[k + 2]) {
                return true;
            }
            if (u >= g[k - 1]) {
                return false;
            }
        } else if (shifted >= 2 * GRID_REACH - 2 * GRID_STEP) {
            if (u >= g[2 * cells - 3]) {
                return false; // y >= reach - 2 steps: p(y) <= g[2 cells - 3]
            }
        } else if (shifted < 2 * GRID_STEP) {
            if (u < g[3]) {
                return true; // y < -reach + 2 steps: p(y) >= g[3]
            }
        }
        return u < heatBathProbability(dE);
    }

    /** The same decision as {@code accept(scale * (double) s, rng)}, bit for bit, mostly from the table. */
    boolean acceptExact(long s, UniformRandomProvider rng) {
        double[] t = table;
        if (t == null) {
            return accept(scale * (double) s, rng);
        }
        if (metropolis) {
            if (s <= 0) {
                return true; // scale > 0: dE <= 0 exactly when s <= 0
            }
            double u = rng.nextDouble();
            if (s < t.length) {
                return u < entry((int) s);
            }
            // exp(-beta scale s) <= lastEntry for s beyond the table (exp is monotone)
            return u < lastEntry && u < Math.exp(-beta * (scale * (double) s));
        }
        double u = rng.nextDouble();
        long j = s + offset;
        if (j >= 0 && j < t.length) {
            return u < entry((int) j);
        }
        if (j >= t.length) {
            return u < lastEntry && u < heatBath(beta, scale * (double) s);
        }
        return u < firstEntry || u < heatBath(beta, scale * (double) s);
    }

    private double heatBathProbability(double dE) {
        if (zeroTemperature) {
            return dE < 0.0 ? 1.0 : dE > 0.0 ? 0.0 : 0.5;
        }
        return 1.0 / (1.0 + Math.exp(beta * dE));
    }

    private static double heatBath(double beta, double dE) {
        return 1.0 / (1.0 + Math.exp(beta * dE));
    }
}
