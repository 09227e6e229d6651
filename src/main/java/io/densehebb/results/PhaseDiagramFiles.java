package io.densehebb.results;

import io.densehebb.theory.PhaseDiagram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.knowm.xchart.XYChart;

/**
 * Writes phase-diagram.csv (line, x, y: one row per line point, segment after segment), .png and .svg
 * into a folder atomically: everything is written into a temporary sibling folder, which then becomes
 * the target by one rename (or, when the target already exists, each file replaces its old version by
 * one rename). A failure leaves the target as it was and removes the temporary folder.
 */
public final class PhaseDiagramFiles {

    public static final String CSV = "phase-diagram.csv";
    public static final String PNG = "phase-diagram.png";
    public static final String SVG = "phase-diagram.svg";

    private PhaseDiagramFiles() {
    }

    public static void write(PhaseDiagram diagram, Path outDir) throws IOException {
        Path target = outDir.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tmp-");
        try {
            Files.writeString(staging.resolve(CSV), csv(diagram), StandardCharsets.UTF_8);
            XYChart chart = PhaseDiagramPlot.chart(diagram);
            PhaseDiagramPlot.writePng(chart, staging.resolve(PNG));
            PhaseDiagramPlot.writeSvg(chart, staging.resolve(SVG));
            if (Files.exists(target)) {
                for (String name : List.of(CSV, PNG, SVG)) {
                    move(staging.resolve(name), target.resolve(name));
                }
            } else {
                move(staging, target);
            }
        } finally {
            deleteRecursively(staging);
        }
    }

    static String csv(PhaseDiagram diagram) {
        StringBuilder out = new StringBuilder("line,x,y\n");
        for (PhaseDiagram.PhaseLine line : diagram.lines()) {
            for (PhaseDiagram.Point p : line.points()) {
                out.append(line.name()).append(',').append(p.x()).append(',').append(p.y()).append('\n');
            }
        }
        return out.toString();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
