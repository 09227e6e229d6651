package io.densehebb.tempering;

import io.densehebb.model.InvalidParameterException;
import java.util.Arrays;
import java.util.List;

/**
 * How the temperature ladder is laid out. Slots are indexed by increasing beta (docs/physics.md section 7:
 * beta_0 < beta_1 < ... < beta_{L-1}), so slot 0 is the hottest and slot L-1 the coldest.
 *
 * @param kind         geometric in T, linear in beta, an explicit list, or adaptive (geometric start,
 *                     re-spaced during burn-in to equalise rejection rates)
 * @param tMin         lowest temperature (geometric, linear-beta, adaptive)
 * @param tMax         highest temperature (ignored when slots = 1)
 * @param slots        number of temperatures L >= 1
 * @param temperatures the explicit list (kind = explicit), any order, all distinct
 */
public record LadderSpec(Kind kind, double tMin, double tMax, int slots, List<Double> temperatures) {

    public enum Kind {
        GEOMETRIC("geometric"),
        LINEAR_BETA("linear-beta"),
        EXPLICIT("explicit"),
        ADAPTIVE("adaptive");

        private final String configName;

        Kind(String configName) {
            this.configName = configName;
        }

        public String configName() {
            return configName;
        }

        public static Kind parse(String parameter, String text) {
            for (Kind k : values()) {
                if (k.configName.equals(text)) {
                    return k;
                }
            }
            throw new InvalidParameterException(parameter, text, "one of geometric | linear-beta | explicit | adaptive");
        }
    }

    public LadderSpec {
        temperatures = temperatures == null ? List.of() : List.copyOf(temperatures);
        if (kind == null) {
            throw new InvalidParameterException("ladder.kind", null, "one of geometric | linear-beta | explicit | adaptive");
        }
        if (kind == Kind.EXPLICIT) {
            if (temperatures.isEmpty()) {
                throw new InvalidParameterException("ladder.temperatures", "[]", "a non-empty list of temperatures when ladder.kind = explicit");
            }
            for (double t : temperatures) {
                if (!(t >= 0.0) || Double.isInfinite(t)) {
                    throw new InvalidParameterException("ladder.temperatures", temperatures, "finite temperatures >= 0");
                }
            }
            if (temperatures.stream().distinct().count() != temperatures.size()) {
                throw new InvalidParameterException("ladder.temperatures", temperatures, "distinct temperatures");
            }
            if (temperatures.size() > 1 && temperatures.contains(0.0)) {
                throw new InvalidParameterException("ladder.temperatures", temperatures,
                        "temperatures > 0 when there is more than one (T = 0 only for a one-temperature run)");
            }
            slots = temperatures.size();
        } else {
            if (slots < 1) {
                throw new InvalidParameterException("ladder.slots", slots, "an integer >= 1");
            }
            if (!(tMin >= 0.0) || Double.isInfinite(tMin)) {
                throw new InvalidParameterException("ladder.t-min", tMin, "a finite number >= 0");
            }
            if (slots > 1) {
                if (!(tMin > 0.0)) {
                    throw new InvalidParameterException("ladder.t-min", tMin, "a number > 0 when ladder.slots > 1 (T = 0 only for one temperature)");
                }
                if (!(tMax > tMin) || Double.isInfinite(tMax)) {
                    throw new InvalidParameterException("ladder.t-max", tMax, "a finite number > ladder.t-min = " + tMin);
                }
            }
        }
    }

    /** The initial inverse temperatures, ascending (slot 0 hottest); +infinity for T = 0. */
    public double[] initialBetas() {
        double[] t = initialTemperaturesHottestFirst();
        double[] b = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            b[k] = t[k] == 0.0 ? Double.POSITIVE_INFINITY : 1.0 / t[k];
        }
        return b;
    }

    /** The initial temperatures in slot order, i.e. descending (slot 0 hottest). */
    public double[] initialTemperaturesHottestFirst() {
        if (kind == Kind.EXPLICIT) {
            return temperatures.stream().mapToDouble(Double::doubleValue).boxed()
                    .sorted((a, b) -> Double.compare(b, a)).mapToDouble(Double::doubleValue).toArray();
        }
        if (slots == 1) {
            return new double[] {tMin};
        }
        double[] t = new double[slots];
        for (int k = 0; k < slots; k++) {
            double x = k / (double) (slots - 1); // 0 at the hot end, 1 at the cold end
            t[k] = switch (kind) {
                case GEOMETRIC, ADAPTIVE -> tMax * Math.pow(tMin / tMax, x);
                case LINEAR_BETA -> 1.0 / (1.0 / tMax + x * (1.0 / tMin - 1.0 / tMax));
                case EXPLICIT -> throw new AssertionError();
            };
        }
        t[0] = tMax;
        t[slots - 1] = tMin;
        return t;
    }

    @Override
    public String toString() {
        return kind.configName + Arrays.toString(initialTemperaturesHottestFirst());
    }
}
