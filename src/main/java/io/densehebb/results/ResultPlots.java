package io.densehebb.results;

import io.densehebb.model.ModelKind;
import io.densehebb.observables.Estimate;
import io.densehebb.observables.OverlapHistogram;
import io.densehebb.observables.RsVerdict;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The figures of a run, drawn with XChart (headless) and encoded as PNG and SVG: order parameters m(T),
 * n(T), |q|(T) and energy E/N(T) with error bars and the RS theory as lines, swap acceptance per pair,
 * the raw P(q) of every temperature in one heat map, and one P(q) per temperature, p_of_q_NN with NN counting
 * temperatures in ascending order, as step histograms binned to the statistics ({@link OverlapBins}): all pairs
 * and each pair class (same pattern, different patterns, one copy retrieving, neither) scaled by its share,
 * with the RS peaks +-q as vertical lines. Files: m_vs_T, energy_vs_T, swap_acceptance (absent with one
 * temperature), p_of_q_map, p_of_q_NN.
 */
final class ResultPlots {

    /** One figure: file name without extension (under plots/), its caption, and both encodings. */
    record Plot(String name, String caption, byte[] png, byte[] svg) {
    }

    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;
    static final BasicStroke THEORY_LINE = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {8f, 5f}, 0f);
    /** Bin width in q of the heat map (rounded to a whole number of overlap steps 2/N). */
    static final double MAP_BIN_WIDTH = 0.05;
    private static final Color RAW_COLOR = new Color(0xbbbbbb);
    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd),
        new Color(0xff7f0e), new Color(0x8c564b)};

    private ResultPlots() {
    }

    static List<Plot> render(RunResults results) throws IOException {
        List<TemperatureRow> rows = results.byAscendingTemperature();
        List<Plot> plots = new ArrayList<>();
        plots.add(orderParameters(results, rows));
        plots.add(energy(rows));
        if (!results.swaps().pairs().isEmpty()) {
            plots.add(swapAcceptance(results.swaps()));
        }
        plots.add(overlapMap(rows));
        for (int i = 0; i < rows.size(); i++) {
            plots.add(overlapDistribution(rows.get(i), i));
        }
        return plots;
    }

    private static Plot orderParameters(RunResults results, List<TemperatureRow> rows) throws IOException {
        XYChart chart = chart("Order parameters", "T", "m, n, |q|");
        temperatureAxis(chart, rows.stream().mapToDouble(TemperatureRow::temperature).toArray());
        measured(chart, rows, "m (retrieving copies)", r -> r.summary().retrievingM(), 0);
        if (results.config().network().kind() != ModelKind.HOPFIELD) {
            measured(chart, rows, "n (retrieving copies)", r -> r.summary().retrievingN(), 1);
        }
        measured(chart, rows, "|q| (same-pattern pairs)", r -> r.summary().samePatternOverlap().absQ(), 2);
        measured(chart, rows, "|q| (all pairs)", r -> r.summary().overlap().absQ(), 3);
        theory(chart, rows, "m (RS theory)", TheoryPoint::m, 0);
        if (results.config().network().kind() != ModelKind.HOPFIELD) {
            theory(chart, rows, "n (RS theory)", TheoryPoint::n, 1);
        }
        theory(chart, rows, "q (RS theory)", TheoryPoint::q, 2);
        return encode("m_vs_T", "Order parameters against temperature: m, n of the copies that retrieve a pattern, |q| of "
                + "the pairs retrieving the same pattern and of all pairs (points, binning errors), RS theory (dashed): its m "
                + "belongs with the retrieving copies, its q with the same-pattern pairs where it retrieves and with all pairs "
                + "where it does not", chart);
    }

    private static Plot energy(List<TemperatureRow> rows) throws IOException {
        XYChart chart = chart("Energy per spin", "T", "E/N");
        temperatureAxis(chart, rows.stream().mapToDouble(TemperatureRow::temperature).toArray());
        measured(chart, rows, "E/N", r -> r.summary().energy(), 0);
        chart.getStyler().setLegendVisible(false);
        return encode("energy_vs_T", "Energy per spin against temperature (binning errors)", chart);
    }

    private static Plot swapAcceptance(SwapTable swaps) throws IOException {
        XYChart chart = chart("Swap acceptance per neighbouring pair", "T (pair midpoint (T_hot + T_cold) / 2)", "swap acceptance");
        double[] t = swaps.pairs().stream().mapToDouble(p -> 0.5 * (p.tHot() + p.tCold())).toArray();
        double[] a = swaps.pairs().stream().mapToDouble(SwapTable.Pair::acceptance).toArray();
        XYSeries series = chart.addSeries("acceptance", t, a);
        style(series, 0, true);
        temperatureAxis(chart, t);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        chart.getStyler().setLegendVisible(false);
        return encode("swap_acceptance", String.format(Locale.ROOT,
                "Swap acceptance of each neighbouring pair; Lambda = %.3f, round trips %d", swaps.lambda(), swaps.roundTrips()), chart);
    }

    private static Plot overlapDistribution(TemperatureRow row, int index) throws IOException {
        String title = String.format(Locale.ROOT, "P(q) at T = %.4g (slot %d)", row.temperature(), row.slot());
        XYChart chart = chart(title, "q", "P(q) (density in q)");
        OverlapHistogram h = row.summary().histogram();
        OverlapBins bins = OverlapBins.forStatistics(row.summary());
        double yMax = 0.0;
        String[] names = {"all pairs (raw)", "same pattern", "different patterns", "one copy retrieving", "neither retrieving"};
        long[][] counts = {h.raw(), h.samePattern(), h.differentPattern(), h.mixedPhase(), h.neitherRetrieving()};
        for (int s = 0; s < names.length; s++) {
            long total = OverlapHistogram.total(counts[s]);
            if (total == 0 || (s > 0 && total == OverlapHistogram.total(h.raw()))) {
                continue; // a class holding every pair would only repeat the raw curve
            }
            // each class scaled by its share of the pairs, so that the classes add up to the raw histogram
            double share = s == 0 ? 1.0 : total / (double) OverlapHistogram.total(h.raw());
            double[] density = bins.density(counts[s]);
            double[] x = new double[2 * bins.size()];
            double[] y = new double[2 * bins.size()];
            for (int g = 0; g < bins.size(); g++) {
                x[2 * g] = bins.lowerEdge(g);
                x[2 * g + 1] = bins.upperEdge(g);
                y[2 * g] = y[2 * g + 1] = share * density[g];
                yMax = Math.max(yMax, share * density[g]);
            }
            XYSeries series = chart.addSeries(s == 0 ? names[s] : String.format(Locale.ROOT, "%s (%.0f%%)", names[s], 100 * share), x, y);
            style(series, (s + 2) % COLORS.length, false);
            if (s == 0) {
                series.setLineColor(RAW_COLOR);
                series.setLineWidth(4f); // underneath the class curves, which often coincide with it
            }
        }
        if (row.theory() != null && yMax > 0) {
            double peak = row.theory().q();
            XYSeries plus = chart.addSeries("\u00b1q (RS theory)", new double[] {peak, peak}, new double[] {0, yMax});
            XYSeries minus = chart.addSeries("-q (RS theory)", new double[] {-peak, -peak}, new double[] {0, yMax});
            for (XYSeries line : List.of(plus, minus)) {
                line.setMarker(SeriesMarkers.NONE);
                line.setLineColor(Color.DARK_GRAY);
                line.setLineStyle(THEORY_LINE);
            }
            minus.setShowInLegend(false);
        }
        chart.getStyler().setXAxisMin(-1.0).setXAxisMax(1.0);
        // numbered in ascending T, not named by T: a ladder re-spaced between two writes must not leave stale files
        String name = String.format(Locale.ROOT, "p_of_q_%02d", index);
        RsVerdict verdict = row.verdict();
        return encode(name, String.format(Locale.ROOT, "%s, bins of %.3g in q (%d overlap values each, chosen from the effective "
                + "number of pair samples); the pair classes scaled by their share add up to the raw curve: %s (%s)", title,
                bins.width(bins.size() / 2), bins.values(bins.size() / 2), verdict.verdict(), verdict.reason()), chart);
    }

    /**
     * All temperatures in one picture: q across, T up, colour the raw P(q) of that T scaled to its own
     * maximum (so that a narrow paramagnetic peak and a broad glassy P(q) both show their shape). Bins of
     * about 0.05 in q, the same at every T.
     */
    private static Plot overlapMap(List<TemperatureRow> rows) throws IOException {
        int spins = rows.get(0).summary().histogram().spins();
        OverlapBins bins = OverlapBins.of(spins, (int) Math.round(MAP_BIN_WIDTH * spins / 2.0));
        List<String> q = new ArrayList<>();
        for (int g = 0; g < bins.size(); g++) {
            q.add(String.format(Locale.ROOT, "%.2f", bins.centre(g)));
        }
        List<String> t = new ArrayList<>();
        List<Number[]> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            t.add(String.format(Locale.ROOT, "%.3g", rows.get(r).temperature()));
            long[] raw = rows.get(r).summary().histogram().raw();
            double[] density = bins.density(raw);
            double max = Arrays.stream(density).filter(Double::isFinite).max().orElse(0.0);
            for (int g = 0; g < bins.size(); g++) {
                cells.add(new Number[] {g, r, max > 0 ? density[g] / max : 0.0});
            }
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(Math.max(HEIGHT, 60 + 28 * rows.size()))
                .title("P(q) at every temperature (each row scaled to its maximum)").xAxisTitle("q").yAxisTitle("T").build();
        HeatMapStyler styler = chart.getStyler();
        styler.setRangeColors(new Color[] {Color.WHITE, new Color(0x9ecae1), new Color(0x08519c), new Color(0x08306b)});
        styler.setMin(0.0).setMax(1.0);
        styler.setShowValue(false).setDrawBorder(false);
        styler.setXAxisLabelRotation(90).setChartBackgroundColor(Color.WHITE).setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.addSeries("P(q) / max", q, t, cells);
        return encode("p_of_q_map", "P(q) of all pairs at every temperature in one picture: q across, T up, each row scaled to "
                + "its own maximum; bins of " + String.format(Locale.ROOT, "%.3g", bins.width(bins.size() / 2)) + " in q", chart);
    }

    static XYChart chart(String title, String xAxis, String yAxis) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xAxis).yAxisTitle(yAxis).build();
        XYStyler styler = chart.getStyler();
        styler.setPlotGridLinesColor(new Color(0xdddddd));
        styler.setLegendPosition(Styler.LegendPosition.OutsideE).setLegendLayout(Styler.LegendLayout.Vertical)
                .setChartBackgroundColor(Color.WHITE).setPlotBackgroundColor(Color.WHITE).setMarkerSize(7).setAntiAlias(true);
        return chart;
    }

    /** A temperature axis padded by 5 % on both sides, so that few points still get readable ticks. */
    private static void temperatureAxis(XYChart chart, double[] t) {
        double min = Arrays.stream(t).min().orElse(0.0);
        double max = Arrays.stream(t).max().orElse(1.0);
        double pad = max > min ? 0.05 * (max - min) : 0.05 * Math.max(max, 1.0);
        chart.getStyler().setXAxisMin(min - pad).setXAxisMax(max + pad).setXAxisDecimalPattern("0.###");
    }

    /** Points with error bars, skipping temperatures where the quantity is undefined. */
    private static void measured(XYChart chart, List<TemperatureRow> rows, String name, Function<TemperatureRow, Estimate> value,
                                 int color) {
        List<TemperatureRow> defined = rows.stream().filter(r -> Double.isFinite(value.apply(r).mean())).toList();
        if (defined.isEmpty()) {
            return;
        }
        double[] t = defined.stream().mapToDouble(TemperatureRow::temperature).toArray();
        double[] y = defined.stream().mapToDouble(r -> value.apply(r).mean()).toArray();
        double[] error = defined.stream().mapToDouble(r -> value.apply(r).error()).map(e -> Double.isFinite(e) ? e : 0.0).toArray();
        style(chart.addSeries(name, t, y, error), color, true);
    }

    /** The RS prediction as a dashed line through the temperatures where it exists. */
    private static void theory(XYChart chart, List<TemperatureRow> rows, String name, ToDoubleFunction<TheoryPoint> value, int color) {
        List<TemperatureRow> defined = rows.stream().filter(r -> r.theory() != null && Double.isFinite(value.applyAsDouble(r.theory())))
                .toList();
        if (defined.isEmpty()) {
            return;
        }
        double[] t = defined.stream().mapToDouble(TemperatureRow::temperature).toArray();
        double[] y = defined.stream().mapToDouble(r -> value.applyAsDouble(r.theory())).toArray();
        XYSeries series = chart.addSeries(name, t, y);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(COLORS[color]);
        series.setLineStyle(THEORY_LINE);
    }

    private static void style(XYSeries series, int color, boolean markers) {
        series.setLineColor(COLORS[color]);
        series.setMarkerColor(COLORS[color]);
        series.setMarker(markers ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        series.setLineWidth(markers ? 1f : 1.5f);
    }

    static Plot encode(String name, String caption, org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) throws IOException {
        byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(chart, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        return new Plot(name, caption, png, svg.toByteArray());
    }
}
