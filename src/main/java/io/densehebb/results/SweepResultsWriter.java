package io.densehebb.results;

import io.densehebb.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the sweep folder's own files from its finished runs: samples.csv, sweep.csv, sweep.json,
 * plots/ (PNG and SVG) and report.html, each atomically, the report last. They are functions of the
 * runs' summary.json files alone, so a resumed sweep writes the same bytes as an uninterrupted one.
 */
public final class SweepResultsWriter {

    private SweepResultsWriter() {
    }

    public static void write(Path sweepDir, SweepResults results, long seed) throws IOException {
        AtomicFiles.write(sweepDir.resolve("samples.csv"), SweepTables.samples(results));
        AtomicFiles.write(sweepDir.resolve("sweep.csv"), SweepTables.sweep(results));
        AtomicFiles.write(sweepDir.resolve("sweep.json"), SweepJson.render(results, seed));
        var plots = SweepPlots.render(results);
        Path plotsDir = sweepDir.resolve("plots");
        if (!Files.isDirectory(plotsDir)) {
            Files.createDirectory(plotsDir); // the sweep folder itself exists: AtomicFiles never creates folders
        }
        for (ResultPlots.Plot plot : plots) {
            AtomicFiles.write(sweepDir.resolve("plots").resolve(plot.name() + ".png"), plot.png());
            AtomicFiles.write(sweepDir.resolve("plots").resolve(plot.name() + ".svg"), plot.svg());
        }
        AtomicFiles.write(sweepDir.resolve("report.html"), SweepReport.render(results, plots).getBytes(StandardCharsets.UTF_8));
    }
}
