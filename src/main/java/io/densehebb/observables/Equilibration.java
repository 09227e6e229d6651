package io.densehebb.observables;

/**
 * Whether the series at one temperature look stationary (docs/physics.md section 4): for each checked series
 * (energy, |m_mu*|, q^2, in the order of {@code series}) the drift between successive logarithmic windows of
 * the run and the number of effectively independent measurements.
 *
 * @param series    names of the series
 * @param drift     (mean over the last half of the run - mean over the quarter before) / the error of that
 *                  difference for a stationary series, from {@link JackknifeBlocks#drift(double[])}; NaN while the
 *                  run is too short to tell
 * @param effective measurements / (2 tau_int): effectively independent measurements. The binning estimate of
 *                  tau_int cannot exceed about n / 64 (its deepest level keeps 32 bins), so a series whose
 *                  tau_int is comparable to the run shows here as a value below about 64
 */
public record Equilibration(String[] series, double[] drift, double[] effective) {

    /** The series with the largest |drift| (NaN drifts ignored), or -1 when none is defined. */
    public int mostDrifting() {
        int worst = -1;
        for (int i = 0; i < drift.length; i++) {
            if (Double.isFinite(drift[i]) && (worst < 0 || Math.abs(drift[i]) > Math.abs(drift[worst]))) {
                worst = i;
            }
        }
        return worst;
    }

    /** A series whose drift cannot be tested (NaN) although the run has measurements, or -1. */
    public int untestable() {
        for (int i = 0; i < drift.length; i++) {
            if (Double.isNaN(drift[i]) && effective[i] > 0) {
                return i;
            }
        }
        return -1;
    }

    /** The series with the fewest effective measurements (NaN ignored), or -1 when none is defined. */
    public int slowest() {
        int worst = -1;
        for (int i = 0; i < effective.length; i++) {
            if (Double.isFinite(effective[i]) && (worst < 0 || effective[i] < effective[worst])) {
                worst = i;
            }
        }
        return worst;
    }

    /** The largest |drift| in errors, NaN when none is defined. */
    public double maxDrift() {
        int i = mostDrifting();
        return i < 0 ? Double.NaN : Math.abs(drift[i]);
    }

    /** The fewest effective measurements, NaN when none is defined. */
    public double minEffective() {
        int i = slowest();
        return i < 0 ? Double.NaN : effective[i];
    }
}
