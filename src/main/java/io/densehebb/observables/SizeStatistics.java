package io.densehebb.observables;

import java.util.List;

/**
 * The overlap statistics of one system size N at one temperature across disorder samples
 * (docs/physics.md section 8), each with a jackknife error over samples (every sample weighs the same;
 * {@link JackknifeBlocks} holds one sample per block up to {@value JackknifeBlocks#MAX_BLOCKS} samples).
 * [.] is the average over samples, <.> the thermal average within one.
 *
 * <ul>
 *   <li>{@code pAverage}: the disorder-averaged P(q) = [P_J(q)];</li>
 *   <li>{@code qbar} = [<|q|>], the position of the peaks of P(|q|);</li>
 *   <li>{@code width} = sqrt([<q^2>] - [<|q|>]^2), the width of the disorder-averaged P(|q|): RS shrinks it like
 *       N^(-1/2), RSB keeps it finite;</li>
 *   <li>{@code weightNearZero}: [weight of |q| < {@value #NEAR_ZERO} qbar], measured with the cut fixed from all
 *       samples: the weight between the peaks, which RSB keeps finite;</li>
 *   <li>{@code binder} g = (3 - [<q^4>] / [<q^2>]^2) / 2;</li>
 *   <li>{@code a} A = ([<q^2>^2] - [<q^2>]^2) / [<q^2>]^2 and {@code g} G = ([<q^2>^2] - [<q^2>]^2) / ([<q^4>] - [<q^2>]^2),
 *       the sample-to-sample fluctuation parameters of Marinari, Naitza, Zuliani, Parisi, Picco, Ritort (PRL 81, 1698,
 *       1998) and Marinari, Parisi, Ricci-Tersenghi, Ruiz-Lorenzo, Zuliani (J. Stat. Phys. 98, 973, 2000): A -> 0
 *       where the overlap self-averages (an RS phase, the paramagnet); in a mean-field RSB phase A stays finite and
 *       Guerra's identities give G = 1/3. Bokil, Drossel, Moore (PRB 62, 946, 2000) show that critical finite-size
 *       effects can make A and G look like RSB at accessible sizes where the low-temperature phase is RS, so G is
 *       reported as support, never as proof.</li>
 * </ul>
 * The thermal noise of each sample's <q^2> adds to [<q^2>^2] - [<q^2>]^2; it is small against the sample-to-sample
 * spread when the runs are long (the per-sample error bars tell by how much).
 */
public record SizeStatistics(int spins, int samples, double[] pAverage, Estimate qbar, Estimate width, Estimate weightNearZero,
                             Estimate binder, Estimate a, Estimate g) {

    /** The cut for the weight near q = 0, as a fraction of qbar. */
    public static final double NEAR_ZERO = 0.5;

    public SizeStatistics {
        pAverage = pAverage.clone();
    }

    /** The statistics of samples of one N (at least one). */
    public static SizeStatistics of(List<SampleOverlap> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("size statistics need at least one sample");
        }
        int spins = samples.get(0).spins();
        double[] average = new double[spins + 1];
        double qbarAll = 0.0;
        for (SampleOverlap s : samples) {
            if (s.spins() != spins) {
                throw new IllegalArgumentException("samples of N = " + spins + " and N = " + s.spins() + " mixed");
            }
            for (int bin = 0; bin <= spins; bin++) {
                average[bin] += s.p()[bin] / samples.size();
            }
            qbarAll += s.absQ() / samples.size();
        }
        double cut = NEAR_ZERO * qbarAll;
        // components: <|q|>, <q^2>, <q^2>^2, <q^4>, weight below the cut
        JackknifeBlocks blocks = new JackknifeBlocks(5);
        for (SampleOverlap s : samples) {
            blocks.add(s.absQ(), s.q2(), s.q2() * s.q2(), s.q4(), s.weightBelow(cut));
        }
        return new SizeStatistics(spins, samples.size(), average,
                blocks.jackknife(m -> m[0]),
                blocks.jackknife(m -> Math.sqrt(Math.max(0.0, m[1] - m[0] * m[0]))),
                blocks.jackknife(m -> m[4]),
                blocks.jackknife(m -> 0.5 * (3.0 - m[3] / (m[1] * m[1]))),
                blocks.jackknife(m -> (m[2] - m[1] * m[1]) / (m[1] * m[1])),
                blocks.jackknife(m -> (m[2] - m[1] * m[1]) / (m[3] - m[1] * m[1])));
    }
}
