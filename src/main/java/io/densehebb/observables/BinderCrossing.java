package io.densehebb.observables;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the Binder-ratio curves g(T) of two system sizes cross: below a continuous transition the larger
 * size has the larger g, above it the smaller, so the crossings of successive sizes bracket T_c (and drift
 * with N by corrections to scaling). Found by linear interpolation of the difference between neighbouring
 * temperatures where it changes sign.
 *
 * @param smallerN    the smaller size
 * @param largerN     the larger size
 * @param temperature the interpolated crossing temperature
 */
public record BinderCrossing(int smallerN, int largerN, double temperature) {

    /**
     * @param temperatures ascending temperatures shared by every size
     * @param sizes        ascending sizes
     * @param binder       binder[size][temperature]; NaN entries are skipped
     * @return every crossing of each pair of successive sizes, in order of size then temperature
     */
    public static List<BinderCrossing> of(double[] temperatures, int[] sizes, double[][] binder) {
        List<BinderCrossing> crossings = new ArrayList<>();
        for (int s = 0; s + 1 < sizes.length; s++) {
            double previousT = Double.NaN;
            double previousD = Double.NaN;
            for (int t = 0; t < temperatures.length; t++) {
                double d = binder[s + 1][t] - binder[s][t];
                if (!Double.isFinite(d)) {
                    continue;
                }
                if (Double.isFinite(previousD) && (d == 0 || Math.signum(d) != Math.signum(previousD)) && previousD != 0) {
                    double crossing = previousT + (temperatures[t] - previousT) * previousD / (previousD - d);
                    crossings.add(new BinderCrossing(sizes[s], sizes[s + 1], crossing));
                }
                previousT = temperatures[t];
                previousD = d;
            }
        }
        return crossings;
    }
}
