package io.densehebb.results;

import io.densehebb.config.SweepSpec;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The plots a sweep file declares: an observable of sweep.csv against a key (or T), one series per
 * value of another key, the remaining keys at their fixed values; error bars are the standard errors
 * over disorder samples (absent with one sample), and the RS theory of each point is drawn as a
 * dashed line of the series' colour where it applies (m, n, |q| against q, q2 against q^2).
 */
final class SweepPlots {

    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

    private SweepPlots() {
    }

    static List<ResultPlots.Plot> render(SweepResults results) throws IOException {
        List<ResultPlots.Plot> plots = new ArrayList<>();
        for (SweepSpec.PlotSpec spec : results.spec().plots()) {
            plots.add(plot(results, spec));
        }
        return plots;
    }

    private static ResultPlots.Plot plot(SweepResults results, SweepSpec.PlotSpec spec) throws IOException {
        int observable = SweepSpec.OBSERVABLES.indexOf(spec.y());
        boolean againstT = spec.x().equals(SweepSpec.TEMPERATURE);
        String at = againstT ? "" : String.format(Locale.ROOT, " at T = %s", spec.temperature());
        String fixed = spec.fixed().isEmpty() ? "" : " (" + String.join(", ", spec.fixed().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + " = " + SweepTables.cell(e.getValue())).toList()) + ")";
        XYChart chart = ResultPlots.chart(spec.y() + " against " + spec.x() + at + fixed, spec.x(), spec.y());
        chart.getStyler().setXAxisDecimalPattern("0.####");
        List<String> seriesValues = spec.series() == null ? List.of("") : results.spec().values(spec.series());
        int color = 0;
        for (String seriesValue : seriesValues) {
            List<SweepResults.PointRow> rows = rows(results, spec, seriesValue);
            if (rows.isEmpty()) {
                continue;
            }
            ToDoubleFunction<SweepResults.PointRow> x = againstT ? SweepResults.PointRow::T : r -> coordinate(r, spec.x());
            rows = rows.stream().sorted(Comparator.comparingDouble(x)).toList();
            List<SweepResults.PointRow> defined = rows.stream().filter(r -> Double.isFinite(r.mean()[observable]))
                    .filter(r -> Double.isFinite(x.applyAsDouble(r))).toList();
            String label = spec.series() == null ? spec.y() : spec.series() + " = " + SweepTables.cell(seriesValue);
            Color c = COLORS[color++ % COLORS.length];
            if (!defined.isEmpty()) {
                double[] xs = defined.stream().mapToDouble(x).toArray();
                double[] ys = defined.stream().mapToDouble(r -> r.mean()[observable]).toArray();
                double[] errors = defined.stream().mapToDouble(r -> r.error()[observable]).map(e -> Double.isFinite(e) ? e : 0.0).toArray();
                XYSeries series = chart.addSeries(label, xs, ys, errors);
                series.setLineColor(c);
                series.setMarkerColor(c);
                series.setMarker(SeriesMarkers.CIRCLE);
            }
            List<SweepResults.PointRow> withTheory = rows.stream().filter(r -> Double.isFinite(theory(r, spec.y())))
                    .filter(r -> Double.isFinite(x.applyAsDouble(r))).toList();
            if (!withTheory.isEmpty()) {
                XYSeries line = chart.addSeries(label + " (RS theory)", withTheory.stream().mapToDouble(x).toArray(),
                        withTheory.stream().mapToDouble(r -> theory(r, spec.y())).toArray());
                line.setMarker(SeriesMarkers.NONE);
                line.setLineColor(c);
                line.setLineStyle(ResultPlots.THEORY_LINE);
            }
        }
        if (chart.getSeriesMap().isEmpty()) {
            chart.getStyler().setLegendVisible(false);
        }
        return ResultPlots.encode(spec.name(), spec.y() + " against " + spec.x() + at + fixed
                + ": means over disorder samples, error bars the standard errors of those means; RS theory dashed", chart);
    }

    /** The rows of one series: fixed keys at their values, the series key at its value, one temperature per point. */
    private static List<SweepResults.PointRow> rows(SweepResults results, SweepSpec.PlotSpec spec, String seriesValue) {
        List<SweepResults.PointRow> selected = new ArrayList<>();
        List<SweepResults.PointRow> all = results.points();
        for (int i = 0; i < all.size(); ) {
            List<SweepSpec.Coordinate> point = all.get(i).coordinates();
            int end = i;
            while (end < all.size() && all.get(end).coordinates().equals(point)) {
                end++;
            }
            if (matches(point, spec, seriesValue)) {
                List<SweepResults.PointRow> temperatures = all.subList(i, end);
                if (spec.x().equals(SweepSpec.TEMPERATURE)) {
                    selected.addAll(temperatures);
                } else {
                    double t = spec.temperature();
                    selected.add(temperatures.stream().min(Comparator.comparingDouble(r -> Math.abs(r.T() - t))).orElseThrow());
                }
            }
            i = end;
        }
        return selected;
    }

    private static boolean matches(List<SweepSpec.Coordinate> point, SweepSpec.PlotSpec spec, String seriesValue) {
        for (SweepSpec.Coordinate c : point) {
            String fixed = spec.fixed().get(c.key());
            if (fixed != null && !fixed.equals(c.value())) {
                return false;
            }
            if (c.key().equals(spec.series()) && !c.value().equals(seriesValue)) {
                return false;
            }
        }
        return true;
    }

    /** A key's value as a number on the x axis (NaN for a value that is not one). */
    private static double coordinate(SweepResults.PointRow row, String key) {
        for (SweepSpec.Coordinate c : row.coordinates()) {
            if (c.key().equals(key)) {
                try {
                    return Double.parseDouble(SweepTables.cell(c.value()));
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
            }
        }
        return Double.NaN;
    }

    private static double theory(SweepResults.PointRow row, String observable) {
        return switch (observable) {
            case "m" -> row.theoryM();
            case "n" -> row.theoryN();
            case "q_abs_mean" -> row.theoryQ();
            case "q2" -> row.theoryQ() * row.theoryQ();
            default -> Double.NaN;
        };
    }
}
