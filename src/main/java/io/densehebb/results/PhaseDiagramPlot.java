package io.densehebb.results;

import io.densehebb.theory.PhaseDiagram;
import io.densehebb.theory.PhaseDiagramCalculator;
import io.densehebb.theory.PhaseDiagramSpec;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws a {@link PhaseDiagram} with XChart (headless) as PNG and SVG: one colour per line, named regions. */
public final class PhaseDiagramPlot {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 650;
    private static final Map<String, Color> COLOURS = Map.of(
            PhaseDiagramCalculator.SPINODAL, new Color(0x1f77b4),
            PhaseDiagramCalculator.FIRST_ORDER, new Color(0xd62728),
            PhaseDiagramCalculator.SPIN_GLASS, new Color(0x2ca02c),
            PhaseDiagramCalculator.AT_LINE, new Color(0x9467bd));
    private static final Map<String, String> LEGEND = Map.of(
            PhaseDiagramCalculator.SPINODAL, "retrieval spinodal (retrieval ceases to exist)",
            PhaseDiagramCalculator.FIRST_ORDER, "first-order line (equal free energies)",
            PhaseDiagramCalculator.SPIN_GLASS, "spin-glass line (q > 0 appears)",
            PhaseDiagramCalculator.AT_LINE, "AT line of the retrieval branch");

    private PhaseDiagramPlot() {
    }

    public static XYChart chart(PhaseDiagram diagram) {
        PhaseDiagramSpec spec = diagram.spec();
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("RS phase diagram: " + spec.title())
                .xAxisTitle(spec.plane().xTitle())
                .yAxisTitle(spec.plane().yTitle() + (spec.plane().yIsTemperature() ? " (units of docs/physics.md section 2)" : ""))
                .build();
        Styler styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setXAxisMin(spec.x().min());
        chart.getStyler().setXAxisMax(spec.x().max());
        chart.getStyler().setYAxisMin(spec.y().min());
        chart.getStyler().setYAxisMax(spec.y().max());
        // An invisible frame keeps the axes on the requested ranges, and makes a chart even without lines.
        XYSeries frame = chart.addSeries("frame", new double[] {spec.x().min(), spec.x().max()},
                new double[] {spec.y().min(), spec.y().max()});
        frame.setMarker(SeriesMarkers.NONE);
        frame.setLineColor(new Color(0, 0, 0, 0));
        frame.setShowInLegend(false);
        for (PhaseDiagram.PhaseLine line : diagram.lines()) {
            List<List<PhaseDiagram.Point>> segments = line.segments();
            for (int k = 0; k < segments.size(); k++) {
                List<PhaseDiagram.Point> segment = segments.get(k);
                double[] xs = segment.stream().mapToDouble(PhaseDiagram.Point::x).toArray();
                double[] ys = segment.stream().mapToDouble(PhaseDiagram.Point::y).toArray();
                String name = k == 0 ? LEGEND.getOrDefault(line.name(), line.name()) : line.name() + " " + (k + 1);
                XYSeries series = chart.addSeries(name, xs, ys);
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                series.setMarker(xs.length == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
                series.setLineColor(COLOURS.getOrDefault(line.name(), Color.BLACK));
                series.setMarkerColor(COLOURS.getOrDefault(line.name(), Color.BLACK));
                series.setLineStyle(new BasicStroke(2f));
                series.setShowInLegend(k == 0);
            }
        }
        styler.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        for (PhaseDiagram.RegionLabel region : diagram.regions()) {
            chart.addAnnotation(new AnnotationText(region.text(), region.x(), region.y(), false));
        }
        return chart;
    }

    public static void writePng(XYChart chart, Path file) throws IOException {
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    public static void writeSvg(XYChart chart, Path file) throws IOException {
        VectorGraphicsEncoder.saveVectorGraphic(chart, file.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    }
}
