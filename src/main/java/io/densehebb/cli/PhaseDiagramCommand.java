package io.densehebb.cli;

import io.densehebb.config.PhaseDiagramSettings;
import io.densehebb.results.PhaseDiagramFiles;
import io.densehebb.run.OutputPath;
import io.densehebb.theory.PhaseDiagram;
import io.densehebb.theory.PhaseDiagramCalculator;
import io.densehebb.theory.PhaseDiagramSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code densehebb phase-diagram CONFIG [--out DIR]}: RS phase lines as CSV, PNG and SVG. */
@Command(name = "phase-diagram", mixinStandardHelpOptions = true,
        description = "Trace the RS phase diagram described by the densehebb.phase-diagram block of CONFIG.")
public final class PhaseDiagramCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "HOCON file with a densehebb.phase-diagram block")
    Path config;

    @Option(names = "--out", defaultValue = "results/phase-diagram",
            description = "output folder (default ${DEFAULT-VALUE})")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        // XChart draws through AWT; there is no display on servers and CI.
        System.setProperty("java.awt.headless", "true");
        PhaseDiagramSpec diagramSpec = PhaseDiagramSettings.load(config);
        OutputPath.requireWritableFolder(out, "--out"); // before minutes of solving, not after
        long start = System.nanoTime();
        PhaseDiagram diagram = PhaseDiagramCalculator.compute(diagramSpec);
        PhaseDiagramFiles.write(diagram, out);
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf("phase diagram (%s) in %.1f s: %s%n", diagramSpec.title(), (System.nanoTime() - start) / 1e9,
                out.toAbsolutePath().normalize());
        for (PhaseDiagram.PhaseLine line : diagram.lines()) {
            printer.printf("  %-20s %d points%n", line.name(), line.points().size());
        }
        printer.flush();
        return Main.EXIT_OK;
    }
}
