package io.densehebb.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code sweep} block of a sweep file, validated: the grid axes (a cartesian product), the zip
 * axes (lists that advance together), the number of disorder samples per point and the plots of the
 * aggregated table. Keys are run keys relative to {@code densehebb}, as {@code --set} takes them;
 * values are kept as HOCON text, exactly as an override would give them.
 */
public record SweepSpec(List<Axis> grid, List<Axis> zip, int samples, List<PlotSpec> plots) {

    /** The observables aggregated over samples, in the column order of sweep.csv. */
    public static final List<String> OBSERVABLES =
            List.of("energy", "m", "n", "q_abs_mean", "q2", "binder", "swap_acceptance");

    /** The temperature column: a plot axis next to the sweep's keys. */
    public static final String TEMPERATURE = "T";

    public SweepSpec {
        grid = List.copyOf(grid);
        zip = List.copyOf(zip);
        plots = List.copyOf(plots);
    }

    /** One axis: a run key and its values (HOCON text, never empty). */
    public record Axis(String key, List<String> values) {

        public Axis {
            values = List.copyOf(values);
        }
    }

    /** One value of one key: a coordinate of a point. */
    public record Coordinate(String key, String value) {

        /** The assignment {@code --set} would take. */
        public String assignment() {
            return key + "=" + value;
        }
    }

    /**
     * A plot of sweep.csv: {@code y} against {@code x} (a key or T), one line per value of
     * {@code series} (null: one line), the rows where every other key has its {@code fixed} value,
     * and at temperature {@code temperature} (null when x is T).
     */
    public record PlotSpec(String name, String y, String x, String series, Map<String, String> fixed, Double temperature) {

        public PlotSpec {
            fixed = Map.copyOf(fixed);
        }
    }

    /** Every key of the sweep, grid keys first, in the order written: the coordinate columns of the tables. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        grid.forEach(a -> keys.add(a.key()));
        zip.forEach(a -> keys.add(a.key()));
        return keys;
    }

    /** The values of one key, in the order written. */
    public List<String> values(String key) {
        for (Axis a : grid) {
            if (a.key().equals(key)) {
                return a.values();
            }
        }
        for (Axis a : zip) {
            if (a.key().equals(key)) {
                return a.values();
            }
        }
        throw new IllegalArgumentException("not a key of the sweep: " + key);
    }

    /**
     * Every point, as its coordinates in {@link #keys()} order: the grid's cartesian product (the first
     * key varies slowest), each combined with every zip position. An empty sweep has one point, the base run.
     */
    public List<List<Coordinate>> points() {
        List<List<Coordinate>> points = new ArrayList<>();
        points.add(List.of());
        for (Axis axis : grid) {
            List<List<Coordinate>> next = new ArrayList<>();
            for (List<Coordinate> point : points) {
                for (String value : axis.values()) {
                    List<Coordinate> extended = new ArrayList<>(point);
                    extended.add(new Coordinate(axis.key(), value));
                    next.add(List.copyOf(extended));
                }
            }
            points = next;
        }
        if (zip.isEmpty()) {
            return points;
        }
        int length = zip.get(0).values().size();
        List<List<Coordinate>> zipped = new ArrayList<>();
        for (List<Coordinate> point : points) {
            for (int j = 0; j < length; j++) {
                List<Coordinate> extended = new ArrayList<>(point);
                for (Axis axis : zip) {
                    extended.add(new Coordinate(axis.key(), axis.values().get(j)));
                }
                zipped.add(List.copyOf(extended));
            }
        }
        return zipped;
    }
}
