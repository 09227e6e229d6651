package io.densehebb.observables;

/**
 * What one copy at one temperature slot reports at one measurement.
 *
 * @param energyPerSpin E/N of the configuration
 * @param m             Mattis magnetisations m_mu, one per archetype (K values)
 * @param n             example magnetisations n_mu, one per archetype (K values)
 * @param spins         the packed configuration: bit i of word i/64 set when sigma_i = +1
 */
public record ReplicaSample(double energyPerSpin, double[] m, double[] n, long[] spins) {

    public ReplicaSample {
        if (m == null || n == null || spins == null) {
            throw new IllegalArgumentException("a replica sample needs m, n and the packed spins");
        }
        if (m.length != n.length) {
            throw new IllegalArgumentException("m has " + m.length + " patterns but n has " + n.length);
        }
    }
}
