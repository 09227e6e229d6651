package io.densehebb.observables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The replica-symmetry verdict at one point of parameters and one temperature across system sizes and
 * disorder samples (docs/physics.md sections 4 and 8): what one size and one sample cannot show.
 *
 * <p>Rules, in order, with s the error of the fitted exponent:
 * <ol>
 *   <li>fewer than 2 sizes or fewer than {@value #MIN_SAMPLES} samples at a size: inconclusive;</li>
 *   <li>the peak position qbar = [<|q|>] falls like N^(-1/2) (its exponent below {@value #PARAMAGNET_EXPONENT}
 *       and within 3 s of -1/2): a paramagnet, replica-symmetric;</li>
 *   <li>otherwise, with the width exponent b of the disorder-averaged P(|q|) (RS: -1/2; RSB: 0) and the weight
 *       near q = 0 at the smallest and the largest N:
 *       b at most -1/2 + 3 s, and the weight near zero not larger at the largest N than at the smallest:
 *       replica-symmetric;
 *       b above -1/2 + 3 s and above {@value #RSB_WIDTH_EXPONENT}, the weight near zero not falling by more than
 *       3 errors, and A at the largest N above 3 errors (no self-averaging): broken;
 *       anything else: inconclusive.</li>
 * </ol>
 * G is reported with its distance from the mean-field RSB value 1/3 as support only (see {@link SizeStatistics}).
 *
 * @param sizes           the sizes, ascending
 * @param verdict         one of the {@link RsVerdict} names replica-symmetric, broken, inconclusive
 * @param qbarExponent    exponent of qbar against N, and its error
 * @param widthExponent   exponent of the width against N, and its error
 * @param weightNearZero  per size, the weight near q = 0
 * @param a               A at the largest size
 * @param g               G at the largest size
 * @param reason          one line saying why
 */
public record RsAcrossSizes(int[] sizes, String verdict, Estimate qbarExponent, Estimate widthExponent,
                            List<Estimate> weightNearZero, Estimate a, Estimate g, String reason) {

    /** Fewest disorder samples per size. */
    public static final int MIN_SAMPLES = 4;
    /** The exponent of qbar below which its fall may be the N^(-1/2) of a paramagnet. */
    public static final double PARAMAGNET_EXPONENT = -0.25;
    /** The width exponent above which the width clearly fails to shrink like N^(-1/2). */
    public static final double RSB_WIDTH_EXPONENT = -0.25;

    /** @param bySize the statistics of each size at one temperature, any order */
    public static RsAcrossSizes judge(List<SizeStatistics> bySize) {
        List<SizeStatistics> sorted = new ArrayList<>(bySize);
        sorted.sort((x, y) -> Integer.compare(x.spins(), y.spins()));
        int[] sizes = sorted.stream().mapToInt(SizeStatistics::spins).toArray();
        List<Estimate> nearZero = sorted.stream().map(SizeStatistics::weightNearZero).toList();
        Estimate none = new Estimate(Double.NaN, Double.NaN, Double.NaN);
        if (sorted.size() < 2) {
            return new RsAcrossSizes(sizes, RsVerdict.INCONCLUSIVE, none, none, nearZero, none, none,
                    "one size: the N-dependence that tells RS from RSB needs two or more");
        }
        SizeStatistics largest = sorted.get(sorted.size() - 1);
        SizeStatistics smallest = sorted.get(0);
        int fewest = sorted.stream().mapToInt(SizeStatistics::samples).min().orElseThrow();
        Estimate qbarExponent = exponent(sorted, SizeStatistics::qbar);
        Estimate widthExponent = exponent(sorted, SizeStatistics::width);
        String numbers = String.format(Locale.ROOT, "qbar ~ N^(%.3f +- %.3f), width ~ N^(%.3f +- %.3f) (RS: -1/2), "
                        + "weight near q = 0 %.4f +- %.2g at N = %d and %.4f +- %.2g at N = %d, A = %.3g +- %.2g, G = %.3g +- %.2g "
                        + "(mean-field RSB: 1/3) at N = %d",
                qbarExponent.mean(), qbarExponent.error(), widthExponent.mean(), widthExponent.error(),
                smallest.weightNearZero().mean(), smallest.weightNearZero().error(), smallest.spins(),
                largest.weightNearZero().mean(), largest.weightNearZero().error(), largest.spins(),
                largest.a().mean(), largest.a().error(), largest.g().mean(), largest.g().error(), largest.spins());
        if (fewest < MIN_SAMPLES) {
            return new RsAcrossSizes(sizes, RsVerdict.INCONCLUSIVE, qbarExponent, widthExponent, nearZero, largest.a(), largest.g(),
                    "only " + fewest + " disorder samples at one size (need " + MIN_SAMPLES + "): " + numbers);
        }
        if (qbarExponent.mean() < PARAMAGNET_EXPONENT && Math.abs(qbarExponent.mean() + 0.5) <= 3 * qbarExponent.error()) {
            return new RsAcrossSizes(sizes, RsVerdict.REPLICA_SYMMETRIC, qbarExponent, widthExponent, nearZero, largest.a(),
                    largest.g(), "P(q) collapses onto q = 0 like N^(-1/2), a paramagnet: " + numbers);
        }
        double b = widthExponent.mean();
        double s = widthExponent.error();
        double w0 = smallest.weightNearZero().mean();
        double w1 = largest.weightNearZero().mean();
        double wError = Math.hypot(smallest.weightNearZero().error(), largest.weightNearZero().error());
        if (b <= -0.5 + 3 * s && w1 <= w0) {
            return new RsAcrossSizes(sizes, RsVerdict.REPLICA_SYMMETRIC, qbarExponent, widthExponent, nearZero, largest.a(),
                    largest.g(), "the width shrinks as RS says and the weight near q = 0 falls: " + numbers);
        }
        boolean nonSelfAveraging = largest.a().mean() > 3 * largest.a().error();
        if (b > -0.5 + 3 * s && b > RSB_WIDTH_EXPONENT && w1 >= w0 - 3 * wError && nonSelfAveraging) {
            return new RsAcrossSizes(sizes, RsVerdict.BROKEN, qbarExponent, widthExponent, nearZero, largest.a(), largest.g(),
                    "the width does not shrink like N^(-1/2), the weight near q = 0 does not fall and the overlap does not "
                            + "self-average: " + numbers);
        }
        return new RsAcrossSizes(sizes, RsVerdict.INCONCLUSIVE, qbarExponent, widthExponent, nearZero, largest.a(), largest.g(),
                "neither picture fits every number: " + numbers);
    }

    private static Estimate exponent(List<SizeStatistics> sorted, java.util.function.Function<SizeStatistics, Estimate> value) {
        double[] n = sorted.stream().mapToDouble(SizeStatistics::spins).toArray();
        double[] y = sorted.stream().mapToDouble(x -> value.apply(x).mean()).toArray();
        double[] e = sorted.stream().mapToDouble(x -> value.apply(x).error()).toArray();
        PowerLawFit fit = PowerLawFit.fit(n, y, e);
        return new Estimate(fit.exponent(), fit.exponentError(), Double.NaN);
    }
}
