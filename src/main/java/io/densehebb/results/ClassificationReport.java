package io.densehebb.results;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.densehebb.config.ClassifyConfig;
import io.densehebb.data.BinaryImages;
import io.densehebb.data.ClassStatistics;
import io.densehebb.io.AtomicFiles;
import io.densehebb.model.ImageNetwork;
import io.densehebb.model.ModelKind;
import io.densehebb.model.NetworkSpec;
import io.densehebb.observables.Classification;
import io.densehebb.theory.DatasetQuality;
import io.densehebb.theory.RsProblem;
import io.densehebb.theory.RsSolver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * The results of {@code densehebb classify}: classification.json (the headline numbers, byte-identical
 * for a seed on any thread count), classification.csv (one row per class: accuracy, mean overlap with
 * the own proxy archetype at the start and the end of the dynamics, and the low-load RS prediction from
 * the class's effective r and rho), timing.json, a per-class accuracy plot, and pictures: the proxy
 * archetypes, class averages at several M, and retrieved states.
 *
 * @param statistics proxy archetypes and effective r of each class over the training set
 * @param truth      true slot of each classified test image
 * @param sweeps     sweeps each image took
 * @param start      K overlaps per image with the proxy archetypes, of the image itself
 * @param end        the same of the final state
 * @param finals     the final states of the first pictured images
 */
public record ClassificationReport(ClassifyConfig config, NetworkSpec network, ClassStatistics statistics,
                                   BinaryImages train, BinaryImages test, int[] truth, int[] sweeps, double[] start,
                                   double[] end, byte[] finals, String codeVersion) {

    public static final String JSON = "classification.json";
    public static final String CSV = "classification.csv";
    /** The M of the class-average picture, besides the run's own. */
    static final int[] PICTURE_M = {1, 10, 100, 1000};

    /** The labels from the final states: what the network says. */
    public Classification classification() {
        return decided(end);
    }

    /**
     * The labels the same rule gives the test images themselves, before any dynamics (the nearest proxy
     * archetype): the baseline that says whether the dynamics helps or hurts.
     */
    public Classification atStart() {
        return decided(start);
    }

    private Classification decided(double[] overlapsPerImage) {
        int k = network.K();
        int[] predicted = new int[truth.length];
        double[] overlaps = new double[k];
        for (int j = 0; j < truth.length; j++) {
            System.arraycopy(overlapsPerImage, j * k, overlaps, 0, k);
            predicted[j] = Classification.decide(overlaps);
        }
        return new Classification(truth, predicted, k);
    }

    /** Mean over the class's test images of the overlap with its own proxy archetype, of {@code overlaps}. */
    double[] ownOverlap(double[] overlaps) {
        int k = network.K();
        double[] sum = new double[k];
        int[] count = new int[k];
        for (int j = 0; j < truth.length; j++) {
            sum[truth[j]] += overlaps[j * k + truth[j]];
            count[truth[j]]++;
        }
        for (int mu = 0; mu < k; mu++) {
            sum[mu] = count[mu] == 0 ? Double.NaN : sum[mu] / count[mu];
        }
        return sum;
    }

    /**
     * The replica-symmetric m at low load of one pattern whose examples have the class's effective r
     * (finite M, exact binomial average; clean for hopfield), at the classification temperature. NaN when
     * the solver finds no branch. The theory assumes uncorrelated archetypes; the proxy archetypes of
     * image classes are not, so the gap to the measured overlap is part of what the table shows.
     */
    double[] rsPrediction() {
        double[] m = new double[network.K()];
        for (int mu = 0; mu < m.length; mu++) {
            try {
                DatasetQuality quality = network.kind() == ModelKind.HOPFIELD ? DatasetQuality.clean()
                        : DatasetQuality.finiteSample(network.M(), statistics.r()[mu]);
                m[mu] = RsSolver.solve(RsProblem.lowLoad(network.kind(), network.P(), config.temperature(), quality,
                        network.interaction())).selected().m();
            } catch (RuntimeException e) {
                m[mu] = Double.NaN;
            }
        }
        return m;
    }

    public void write(Path dir, double seconds) throws IOException {
        Classification c = classification();
        double[] mStart = ownOverlap(start);
        double[] mEnd = ownOverlap(end);
        double[] rs = rsPrediction();
        Files.createDirectories(dir.resolve("plots"));
        Files.createDirectories(dir.resolve("pictures"));
        AtomicFiles.write(dir.resolve(JSON), json(c, mStart, mEnd, rs));
        AtomicFiles.writeString(dir.resolve(CSV), csv(c, mStart, mEnd, rs));
        AtomicFiles.write(dir.resolve("plots/per-class-accuracy.png"), accuracyPlot(c));
        AtomicFiles.write(dir.resolve("pictures/archetypes.png"), archetypesPicture());
        AtomicFiles.write(dir.resolve("pictures/class-averages.png"), classAveragesPicture());
        AtomicFiles.write(dir.resolve("pictures/retrieved.png"), retrievedPicture());
        AtomicFiles.writeString(dir.resolve("timing.json"), String.format(Locale.ROOT,
                "{\n  \"seconds\" : %.3f,\n  \"threads\" : %d,\n  \"test_images\" : %d\n}\n", seconds,
                config.run().effectiveThreads(), truth.length));
    }

    private String label(int mu) {
        return Integer.toString(statistics.labels()[mu]);
    }

    byte[] json(Classification c, double[] mStart, double[] mEnd, double[] rs) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator json = new JsonFactory().createGenerator(bytes).setPrettyPrinter(printer)) {
            json.writeStartObject();
            json.writeStringField("dataset", config.run().dataset().name());
            json.writeStringField("model", network.kind().configName());
            json.writeNumberField("P", network.P());
            json.writeNumberField("M", network.M());
            json.writeNumberField("T", config.temperature());
            json.writeNumberField("N", network.N());
            json.writeNumberField("K", network.K());
            number(json, "r", network.r());
            json.writeStringField("interaction", network.interaction().configName());
            json.writeArrayFieldStart("classes");
            for (int label : statistics.labels()) {
                json.writeNumber(label);
            }
            json.writeEndArray();
            json.writeNumberField("binarisation_threshold", config.run().dataset().threshold());
            json.writeStringField("data_protocol", DataProtocol.IMAGES);
            json.writeStringField("decision", "label = class of the largest final Mattis overlap m_mu with its proxy archetype");
            json.writeStringField("rule", config.run().rule().configName());
            json.writeStringField("order", config.run().order().configName());
            json.writeNumberField("max_sweeps", config.sweeps());
            json.writeNumberField("mean_sweeps", mean(sweeps));
            json.writeNumberField("seed", config.run().seed());
            json.writeNumberField("test_images", c.inputs());
            json.writeNumberField("accuracy", c.accuracy());
            json.writeNumberField("accuracy_error", c.accuracyError());
            json.writeNumberField("accuracy_at_start", atStart().accuracy());
            json.writeArrayFieldStart("confusion");
            for (long[] row : c.confusion()) {
                json.writeArray(row, 0, row.length);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("per_class_accuracy");
            double[] per = c.perClassAccuracy();
            for (int mu = 0; mu < per.length; mu++) {
                number(json, label(mu), per[mu]);
            }
            json.writeEndObject();
            json.writeArrayFieldStart("retrieval");
            for (int mu = 0; mu < per.length; mu++) {
                json.writeStartObject();
                json.writeNumberField("label", statistics.labels()[mu]);
                number(json, "r", statistics.r()[mu]);
                number(json, "rho", statistics.rho(mu, network.M()));
                number(json, "m_start", mStart[mu]);
                number(json, "m_final", mEnd[mu]);
                number(json, "rs_m", rs[mu]);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringField("code_version", codeVersion);
            json.writeEndObject();
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    String csv(Classification c, double[] mStart, double[] mEnd, double[] rs) {
        StringBuilder out = new StringBuilder("dataset,model,P,M,T,label,test_images,accuracy,m_start,m_final,rs_m,r,rho,threshold\n");
        double[] per = c.perClassAccuracy();
        long[][] confusion = c.confusion();
        for (int mu = 0; mu < per.length; mu++) {
            long images = 0;
            for (long x : confusion[mu]) {
                images += x;
            }
            out.append(String.join(",", config.run().dataset().name(), network.kind().configName(),
                    Integer.toString(network.P()), Integer.toString(network.M()), Double.toString(config.temperature()),
                    label(mu), Long.toString(images), Double.toString(per[mu]), Double.toString(mEnd.length > 0 ? mStart[mu] : 0),
                    Double.toString(mEnd[mu]), Double.toString(rs[mu]), Double.toString(statistics.r()[mu]),
                    Double.toString(statistics.rho(mu, network.M())), Double.toString(config.run().dataset().threshold())))
                    .append('\n');
        }
        return out.toString();
    }

    private byte[] accuracyPlot(Classification c) throws IOException {
        CategoryChart chart = new CategoryChartBuilder().width(800).height(500)
                .title(String.format(Locale.ROOT, "%s, %s P = %d, M = %d, T = %s: accuracy %.4f", config.run().dataset().name(),
                        network.kind().configName(), network.P(), network.M(), config.temperature(), c.accuracy()))
                .xAxisTitle("class").yAxisTitle("accuracy").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        double[] per = c.perClassAccuracy();
        for (int mu = 0; mu < per.length; mu++) {
            labels.add(label(mu));
            values.add(Double.isNaN(per[mu]) ? 0.0 : per[mu]);
        }
        chart.addSeries("accuracy", labels, values);
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }

    private byte[] archetypesPicture() {
        double[][][] grid = new double[1][statistics.classes()][];
        for (int mu = 0; mu < statistics.classes(); mu++) {
            grid[0][mu] = PatternPictures.tile(statistics.archetypes()[mu]);
        }
        return PatternPictures.png(grid, train.rows(), train.columns());
    }

    /** One row per M (1, 10, 100, 1000 and the run's own, as far as every class has that many images), one column per class. */
    private byte[] classAveragesPicture() {
        TreeSet<Integer> ms = new TreeSet<>();
        int smallest = Integer.MAX_VALUE;
        for (int count : statistics.counts()) {
            smallest = Math.min(smallest, count);
        }
        for (int m : PICTURE_M) {
            if (m <= smallest) {
                ms.add(m);
            }
        }
        ms.add(Math.min(Math.max(network.M(), 1), smallest));
        double[][][] grid = new double[ms.size()][][];
        int row = 0;
        int n = train.n();
        for (int m : ms) {
            int[][] chosen = ImageNetwork.chosenImages(train, statistics.labels(), m, config.run().seed());
            grid[row] = new double[statistics.classes()][];
            for (int mu = 0; mu < statistics.classes(); mu++) {
                double[] avg = new double[n];
                for (int img : chosen[mu]) {
                    for (int i = 0; i < n; i++) {
                        avg[i] += train.spin(img, i) / (double) m;
                    }
                }
                grid[row][mu] = avg;
            }
            row++;
        }
        return PatternPictures.png(grid, train.rows(), train.columns());
    }

    /** Top row: the first test images; bottom row: where the dynamics took each. */
    private byte[] retrievedPicture() {
        int n = train.n();
        int shown = finals.length / n;
        double[][][] grid = new double[2][shown][];
        for (int j = 0; j < shown; j++) {
            grid[0][j] = PatternPictures.tile(test.image(j));
            byte[] state = new byte[n];
            System.arraycopy(finals, j * n, state, 0, n);
            grid[1][j] = PatternPictures.tile(state);
        }
        return PatternPictures.png(grid, train.rows(), train.columns());
    }

    private static double mean(int[] values) {
        double s = 0;
        for (int v : values) {
            s += v;
        }
        return values.length == 0 ? Double.NaN : s / values.length;
    }

    private static void number(JsonGenerator json, String name, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumberField(name, value);
        } else {
            json.writeNullField(name);
        }
    }
}
