package io.densehebb.results;

import io.densehebb.config.SweepSpec;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * report.html of a sweep: one self-contained page with the sweep's axes, the declared plots and the
 * table of its runs (coordinates, sample, seeds, state, a link to each run's own report).
 */
final class SweepReport {

    private SweepReport() {
    }

    static String render(SweepResults results, List<ResultPlots.Plot> plots) {
        SweepSpec spec = results.spec();
        StringBuilder html = new StringBuilder();
        String title = "densehebb sweep: " + results.points().stream().map(SweepResults.PointRow::coordinates).distinct().count()
                + " points x " + spec.samples() + " disorder samples";
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(HtmlReport.escape(title))
                .append("</title>\n<style>\n")
                .append("body { font-family: sans-serif; margin: 2em; color: #222; }\n")
                .append("table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.9em; }\n")
                .append("th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: right; }\n")
                .append("th { background: #f2f2f2; } td.text { text-align: left; }\n")
                .append("figure { display: inline-block; margin: 0.5em; vertical-align: top; max-width: 820px; }\n")
                .append("figure img { width: 100%; } figcaption { font-size: 0.85em; }\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(HtmlReport.escape(title)).append("</h1>\n");
        html.append("<h2>Axes</h2>\n<table>\n<tr><th>key</th><th>kind</th><th>values</th></tr>\n");
        for (SweepSpec.Axis a : spec.grid()) {
            axis(html, a, "grid");
        }
        for (SweepSpec.Axis a : spec.zip()) {
            axis(html, a, "zip");
        }
        html.append("</table>\n<p>The tables: <a href=\"sweep.csv\">sweep.csv</a> (means over samples, their spread and "
                + "standard errors), <a href=\"samples.csv\">samples.csv</a> (every run), <a href=\"sweep.json\">sweep.json</a>.</p>\n");
        html.append("<h2>Figures</h2>\n");
        if (plots.isEmpty()) {
            html.append("<p>No plots declared (densehebb.sweep.plots).</p>\n");
        }
        for (ResultPlots.Plot plot : plots) {
            html.append("<figure><img alt=\"").append(HtmlReport.escape(plot.name())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(plot.png())).append("\"><figcaption>")
                    .append(HtmlReport.escape(plot.caption())).append(" (plots/").append(HtmlReport.escape(plot.name()))
                    .append(".png, .svg)</figcaption></figure>\n");
        }
        html.append("<h2>Runs</h2>\n<table>\n<tr>");
        for (String key : spec.keys()) {
            html.append("<th>").append(HtmlReport.escape(key)).append("</th>");
        }
        html.append("<th>sample</th><th>disorder seed</th><th>seed</th><th>state</th><th>run</th></tr>\n");
        for (SweepResults.Run run : results.runs()) {
            html.append("<tr>");
            run.coordinates().forEach(c -> html.append("<td>").append(HtmlReport.escape(SweepTables.cell(c.value()))).append("</td>"));
            html.append("<td>").append(run.sample()).append("</td><td>").append(run.disorderSeed()).append("</td><td>")
                    .append(run.seed()).append("</td><td class=\"text\">done</td><td class=\"text\"><a href=\"points/")
                    .append(HtmlReport.escape(run.folder())).append("/report.html\">").append(HtmlReport.escape(run.folder()))
                    .append("</a></td></tr>\n");
        }
        html.append("</table>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void axis(StringBuilder html, SweepSpec.Axis axis, String kind) {
        html.append("<tr><td class=\"text\">").append(HtmlReport.escape(axis.key())).append("</td><td class=\"text\">").append(kind)
                .append("</td><td class=\"text\">")
                .append(HtmlReport.escape(axis.values().stream().map(SweepTables::cell).collect(Collectors.joining(", "))))
                .append("</td></tr>\n");
    }
}
