package io.densehebb.theory;

import io.densehebb.theory.PhaseDiagram.PhaseLine;
import io.densehebb.theory.PhaseDiagram.Point;
import io.densehebb.theory.PhaseDiagram.RegionLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Traces the lines of a phase diagram by Brent root finding along y at each x (in parallel over x) on
 * the smooth functions of {@link PhaseBoundaries}: the retrieval spinodal (retrieval ceases to exist),
 * the first-order line (retrieval free energy = competitor's), the spin-glass line (q > 0 appears) and
 * the AT line of the retrieval branch. On temperature planes the spinodal and first-order lines are
 * closed at T = 0 by root finding along x with the T = 0 theory. Region names are placed from a coarse
 * grid of full solutions.
 */
public final class PhaseDiagramCalculator {

    public static final String SPINODAL = "retrieval-spinodal";
    public static final String FIRST_ORDER = "first-order";
    public static final String SPIN_GLASS = "spin-glass";
    public static final String AT_LINE = "at-line";

    public static final String RETRIEVAL_REGION = "retrieval";
    public static final String MIXED_REGION = "mixed (retrieval metastable)";
    public static final String SPIN_GLASS_REGION = "spin glass";
    public static final String PARAMAGNET_REGION = "paramagnet";

    private static final Logger LOG = LoggerFactory.getLogger(PhaseDiagramCalculator.class);

    /** The scan along a temperature axis starts here (in units of the range) when the range starts at 0. */
    private static final double LOWEST_SCANNED_FRACTION = 0.002;
    /** Largest jump in y (in units of the range) for which a root continues a segment across a nose. */
    private static final double JOIN_DISTANCE = 0.1;
    /** Distance (in units of the range) from a spinodal at which the retrieval branch is still sampled. */
    private static final double NEXT_TO_SPINODAL = 1e-5;
    private static final double ROOT_ACCURACY = 1e-9;
    private static final int LABEL_GRID = 6;

    private PhaseDiagramCalculator() {
    }

    public static PhaseDiagram compute(PhaseDiagramSpec spec) {
        double[] xs = spec.xValues();
        double[] ys = scanValues(spec);
        List<ColumnRoots> columns = IntStream.range(0, xs.length).parallel()
                .mapToObj(i -> column(spec, xs[i], ys)).toList();
        Map<String, List<List<Double>>> byLine = new LinkedHashMap<>();
        for (String name : List.of(SPINODAL, FIRST_ORDER, SPIN_GLASS, AT_LINE)) {
            byLine.put(name, new ArrayList<>());
        }
        for (ColumnRoots c : columns) {
            byLine.get(SPINODAL).add(c.spinodal());
            byLine.get(FIRST_ORDER).add(c.firstOrder());
            byLine.get(SPIN_GLASS).add(c.spinGlass());
            byLine.get(AT_LINE).add(c.at());
        }
        List<PhaseLine> lines = new ArrayList<>();
        for (Map.Entry<String, List<List<Double>>> e : byLine.entrySet()) {
            List<List<Point>> segments = segments(xs, e.getValue(), spec.y().max() - spec.y().min());
            if (spec.plane().yIsTemperature() && spec.y().min() == 0) {
                closeAtZeroTemperature(spec, e.getKey(), xs, segments);
            }
            if (!segments.isEmpty()) {
                lines.add(new PhaseLine(e.getKey(), segments));
            }
        }
        return new PhaseDiagram(spec, lines, regionLabels(spec));
    }

    /** The roots of every line function along y at one x. */
    private record ColumnRoots(List<Double> spinodal, List<Double> firstOrder, List<Double> spinGlass, List<Double> at) {
    }

    private static ColumnRoots column(PhaseDiagramSpec spec, double x, double[] ys) {
        double range = spec.y().max() - spec.y().min();
        List<Double> spinodal = roots(y -> PhaseBoundaries.retrievalExistence(spec.problemAt(x, y)), ys, range);
        List<Double> spinGlass = roots(y -> PhaseBoundaries.spinGlassExistence(spec.problemAt(x, y)), ys, range);
        // Functions of the retrieval branch are NaN beyond the spinodal: sample them right next to it too.
        List<Double> samples = new ArrayList<>();
        for (double y : ys) {
            samples.add(y);
        }
        for (double s : spinodal) {
            samples.add(s - NEXT_TO_SPINODAL * range);
            samples.add(s + NEXT_TO_SPINODAL * range);
        }
        double[] retrievalYs = samples.stream().filter(y -> y >= ys[0] && y <= ys[ys.length - 1]).sorted()
                .mapToDouble(Double::doubleValue).toArray();
        List<Double> firstOrder = roots(y -> PhaseBoundaries.retrievalAdvantage(spec.problemAt(x, y)), retrievalYs, range);
        List<Double> at = roots(y -> PhaseBoundaries.retrievalStabilityMargin(spec.problemAt(x, y)), retrievalYs, range);
        LOG.debug("x = {}: spinodal {}, first order {}, spin glass {}, AT {}", x, spinodal, firstOrder, spinGlass, at);
        return new ColumnRoots(spinodal, firstOrder, spinGlass, at);
    }

    private static double[] scanValues(PhaseDiagramSpec spec) {
        PhaseDiagramSpec.Axis y = spec.y();
        double lowest = spec.plane().yIsTemperature() && y.min() == 0 ? LOWEST_SCANNED_FRACTION * y.max() : y.min();
        double[] ys = new double[y.points()];
        for (int j = 0; j < ys.length; j++) {
            ys[j] = lowest + (y.max() - lowest) * j / (ys.length - 1);
        }
        return ys;
    }

    /** Brent roots between consecutive finite samples of opposite sign. */
    static List<Double> roots(DoubleUnaryOperator g, double[] at, double range) {
        double[] values = new double[at.length];
        for (int j = 0; j < at.length; j++) {
            values[j] = g.applyAsDouble(at[j]);
        }
        List<Double> roots = new ArrayList<>();
        for (int j = 0; j + 1 < at.length; j++) {
            double a = values[j];
            double b = values[j + 1];
            if (!Double.isFinite(a) || !Double.isFinite(b) || Math.signum(a) == Math.signum(b) || a == 0) {
                continue;
            }
            try {
                roots.add(new BrentSolver(ROOT_ACCURACY * range).solve(200, g::applyAsDouble, at[j], at[j + 1]));
            } catch (MathIllegalStateException e) {
                LOG.debug("no root kept in [{}, {}]: {}", at[j], at[j + 1], e.getMessage());
            }
        }
        return roots;
    }

    /**
     * Consecutive x with the same number of roots continue the same segments, matched in order of y.
     * Where the number changes (a nose or a re-entrance), each root continues the segment that ended
     * nearest to it in y, if that is close, and starts a new segment otherwise.
     */
    private static List<List<Point>> segments(double[] xs, List<List<Double>> rootsByX, double yRange) {
        List<List<Point>> closed = new ArrayList<>();
        List<List<Point>> open = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            List<Double> roots = rootsByX.get(i).stream().sorted().toList();
            if (roots.size() == open.size()) {
                for (int k = 0; k < roots.size(); k++) {
                    open.get(k).add(new Point(xs[i], roots.get(k)));
                }
                continue;
            }
            List<List<Point>> unmatched = new ArrayList<>(open);
            List<List<Point>> next = new ArrayList<>();
            for (double y : roots) {
                List<Point> nearest = unmatched.stream().min(Comparator.comparingDouble(
                        seg -> Math.abs(seg.get(seg.size() - 1).y() - y))).orElse(null);
                if (nearest != null && Math.abs(nearest.get(nearest.size() - 1).y() - y) < JOIN_DISTANCE * yRange) {
                    unmatched.remove(nearest);
                } else {
                    nearest = new ArrayList<>();
                }
                nearest.add(new Point(xs[i], y));
                next.add(nearest);
            }
            closed.addAll(unmatched);
            open = next;
        }
        closed.addAll(open);
        return closed;
    }

    /** Where the spinodal and the first-order line meet T = 0, from the T = 0 theory, root-found along x. */
    private static void closeAtZeroTemperature(PhaseDiagramSpec spec, String line, double[] xs,
            List<List<Point>> segments) {
        ToDoubleFunction<RsProblem> g = switch (line) {
            case SPINODAL -> PhaseBoundaries::retrievalExistence;
            case FIRST_ORDER -> PhaseBoundaries::retrievalAdvantage;
            default -> null;
        };
        if (g == null || segments.isEmpty()) {
            return;
        }
        double range = xs[xs.length - 1] - xs[0];
        for (double x : roots(x -> g.applyAsDouble(spec.problemAt(x, 0)), xs, range)) {
            attach(segments, new Point(x, 0), range, spec.y().max() - spec.y().min());
        }
    }

    /** Adds an end point to the segment end nearest to it, in units of the axis ranges. */
    private static void attach(List<List<Point>> segments, Point end, double xRange, double yRange) {
        List<Point> best = null;
        boolean atFront = false;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (List<Point> segment : segments) {
            for (boolean front : new boolean[] {true, false}) {
                Point p = front ? segment.get(0) : segment.get(segment.size() - 1);
                double d = Math.hypot((p.x() - end.x()) / xRange, (p.y() - end.y()) / yRange);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = segment;
                    atFront = front;
                }
            }
        }
        if (atFront) {
            best.add(0, end);
        } else {
            best.add(end);
        }
    }

    /** Classifies a coarse grid of cell centres and names each region at its cell nearest the centroid. */
    private static List<RegionLabel> regionLabels(PhaseDiagramSpec spec) {
        record Cell(double x, double y, String region) {
        }
        double xMin = spec.x().min();
        double xMax = spec.x().max();
        double yMin = spec.y().min();
        double yMax = spec.y().max();
        List<Cell> cells = IntStream.range(0, LABEL_GRID * LABEL_GRID).parallel().mapToObj(k -> {
            double x = xMin + (xMax - xMin) * (k % LABEL_GRID + 0.5) / LABEL_GRID;
            double y = yMin + (yMax - yMin) * (k / LABEL_GRID + 0.5) / LABEL_GRID;
            double xValue = spec.plane() == PhasePlane.M_R ? Math.round(x) : x;
            return new Cell(xValue, y, region(RsSolver.solve(spec.problemAt(xValue, y))));
        }).toList();
        List<RegionLabel> labels = new ArrayList<>();
        for (String region : List.of(RETRIEVAL_REGION, MIXED_REGION, SPIN_GLASS_REGION, PARAMAGNET_REGION)) {
            List<Cell> inside = cells.stream().filter(c -> c.region().equals(region)).toList();
            if (inside.isEmpty()) {
                continue;
            }
            double cx = inside.stream().mapToDouble(Cell::x).average().orElseThrow();
            double cy = inside.stream().mapToDouble(Cell::y).average().orElseThrow();
            Cell anchor = inside.stream().min(Comparator.comparingDouble(
                    c -> Math.hypot((c.x() - cx) / (xMax - xMin), (c.y() - cy) / (yMax - yMin)))).orElseThrow();
            labels.add(new RegionLabel(region, anchor.x(), anchor.y()));
        }
        return labels;
    }

    static String region(RsResult result) {
        Branch selected = result.selected().branch();
        if (selected == Branch.RETRIEVAL) {
            return RETRIEVAL_REGION;
        }
        if (result.branch(Branch.RETRIEVAL).isPresent()) {
            return MIXED_REGION;
        }
        return selected == Branch.SPIN_GLASS ? SPIN_GLASS_REGION : PARAMAGNET_REGION;
    }
}
