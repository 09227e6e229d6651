package io.densehebb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhaseDiagramCommandTest {

    private static final String SMALL_P2 = """
            densehebb.phase-diagram {
              model = hopfield
              P = 2
              plane = alpha-T
              x { min = 0, max = 0.15, points = 4 }
              y { min = 0, max = 1.5, points = 6 }
            }
            """;

    @Test
    void writesCsvPngAndSvg(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("p2.conf");
        Files.writeString(config, SMALL_P2);
        Path out = dir.resolve("out");
        TheoryCommandTest.Run run = TheoryCommandTest.run("phase-diagram", config.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> csv = Files.readAllLines(out.resolve("phase-diagram.csv"));
        assertThat(csv.get(0)).isEqualTo("line,x,y");
        assertThat(csv).anySatisfy(line -> assertThat(line).startsWith("retrieval-spinodal,"))
                .anySatisfy(line -> assertThat(line).startsWith("first-order,"))
                .anySatisfy(line -> assertThat(line).startsWith("spin-glass,"));
        byte[] png = Files.readAllBytes(out.resolve("phase-diagram.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(out.resolve("phase-diagram.svg"))).contains("<svg");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("p2.conf", "out");
        }
    }

    @Test
    void badConfigExitsWithTwoAndWritesNothing(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("bad.conf");
        Files.writeString(config, SMALL_P2.replace("P = 2", "P = 2\n  colour = blue"));
        Path out = dir.resolve("out");
        TheoryCommandTest.Run run = TheoryCommandTest.run("phase-diagram", config.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("densehebb.phase-diagram.colour");
        assertThat(out).doesNotExist();
        assertThat(TheoryCommandTest.run("phase-diagram", dir.resolve("missing.conf").toString()).exitCode())
                .isEqualTo(Main.EXIT_BAD_INPUT);
    }
}
