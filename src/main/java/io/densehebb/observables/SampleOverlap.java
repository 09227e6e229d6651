package io.densehebb.observables;

/**
 * What one disorder sample contributes to the overlap statistics across samples at one temperature: its
 * thermal P(q) and the thermal moments of q (docs/physics.md section 8).
 *
 * @param spins N
 * @param p     P(q) per overlap value q = -1 + 2 bin / N (N + 1 entries summing to 1)
 * @param absQ  <|q|>
 * @param q2    <q^2>
 * @param q4    <q^4>
 */
public record SampleOverlap(int spins, double[] p, double absQ, double q2, double q4) {

    public SampleOverlap {
        if (spins < 1 || p == null || p.length != spins + 1) {
            throw new IllegalArgumentException("a sample of N = " + spins + " spins needs P(q) over N + 1 values");
        }
        p = p.clone();
    }

    /** The raw P(q) and the moments over all pairs of one run's temperature. */
    public static SampleOverlap of(SlotSummary s) {
        OverlapMoments o = s.overlap();
        return new SampleOverlap(s.histogram().spins(), OverlapHistogram.probabilities(s.histogram().raw()), o.absQ().mean(),
                o.q2().mean(), o.q4().mean());
    }

    /** The sample's weight with |q| below {@code cut}. */
    public double weightBelow(double cut) {
        double w = 0.0;
        for (int bin = 0; bin <= spins; bin++) {
            if (Math.abs(OverlapHistogram.overlap(bin, spins)) < cut) {
                w += p[bin];
            }
        }
        return w;
    }
}
