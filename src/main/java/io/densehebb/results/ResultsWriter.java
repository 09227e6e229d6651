package io.densehebb.results;

import io.densehebb.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the results of a run into its folder, as DESIGN.md lists them: summary.json, temperatures.csv,
 * overlaps.csv, swaps.csv, plots/*.png and *.svg, and report.html. Every file goes through
 * {@link AtomicFiles} (temporary file in the same folder, then an atomic rename), so a killed process
 * leaves each file either as it was or complete. summary.json comes last, after everything else: its
 * presence means the results are complete, and a run killed before it is resumed from its final
 * checkpoint, which writes them all again (byte for byte the same).
 */
public final class ResultsWriter {

    private ResultsWriter() {
    }

    public static void write(Path runDir, RunResults results) throws IOException {
        Path plotsDir = runDir.resolve("plots");
        AtomicFiles.write(runDir.resolve("temperatures.csv"), ResultTables.temperatures(results));
        AtomicFiles.write(runDir.resolve("overlaps.csv"), ResultTables.overlaps(results));
        AtomicFiles.write(runDir.resolve("swaps.csv"), ResultTables.swaps(results));
        var plots = ResultPlots.render(results);
        if (!Files.isDirectory(plotsDir)) {
            Files.createDirectory(plotsDir); // never the run folder itself: it exists, or the run stops
        }
        for (ResultPlots.Plot plot : plots) {
            AtomicFiles.write(plotsDir.resolve(plot.name() + ".png"), plot.png());
            AtomicFiles.write(plotsDir.resolve(plot.name() + ".svg"), plot.svg());
        }
        AtomicFiles.write(runDir.resolve("report.html"), HtmlReport.render(results, plots).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(runDir.resolve("summary.json"), SummaryJson.render(results));
    }
}
