package io.densehebb.cli;

import io.densehebb.actors.ClassificationCoordinator;
import io.densehebb.actors.ClassificationEngine;
import io.densehebb.actors.ClassificationSetup;
import io.densehebb.config.ClassifyConfig;
import io.densehebb.config.RunConfig;
import io.densehebb.data.BinaryImages;
import io.densehebb.data.ImageDatasets;
import io.densehebb.mc.Couplings;
import io.densehebb.model.InvalidParameterException;
import io.densehebb.observables.Classification;
import io.densehebb.results.ClassificationReport;
import io.densehebb.run.OutputPath;
import io.densehebb.run.RunNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import com.typesafe.config.ConfigFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code densehebb classify CONFIG}: the network of the configuration (mnist or fashion-mnist) labels
 * the test images. The dynamics starts from each binarised test image at densehebb.classify.T and the
 * image gets the class whose proxy archetype has the largest final overlap. The images are spread
 * over one actor per thread; the results do not depend on the thread count.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify the test images of mnist or fashion-mnist with a dense Hebbian network; writes classification.json.")
public final class ClassifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "a HOCON configuration with model.dataset = mnist or fashion-mnist")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: <output>/<config name>, numbered if taken)")
    Path out;

    @Option(names = "--set", paramLabel = "key=value", description = "override a setting, keys relative to densehebb, e.g. model.M=500")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (0 = every core); never changes the results")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        List<String> sets = new ArrayList<>(overrides);
        if (threads != null) {
            sets.add("threads=" + threads);
        }
        ClassifyConfig loaded = ClassifyConfig.load(config, sets);
        Path dir = out != null ? emptyOrNew(out) : fresh(Path.of(loaded.run().output()), stem(config));
        OutputPath.requireWritableFolder(dir, out != null ? "--out" : "densehebb.output"); // before the work, not after
        long start = System.nanoTime();
        RunNetwork built = RunNetwork.build(loaded.run());
        RunConfig run = built.config();
        BinaryImages train = ImageDatasets.load(run.dataset(), ImageDatasets.Part.TRAIN);
        BinaryImages test = ImageDatasets.load(run.dataset(), ImageDatasets.Part.TEST)
                .subset(run.dataset().classLabels(), loaded.testImages());
        int[] slotOf = new int[256];
        int[] labels = run.dataset().classLabels();
        for (int mu = 0; mu < labels.length; mu++) {
            slotOf[labels[mu]] = mu;
        }
        int[] truth = new int[test.count()];
        for (int j = 0; j < truth.length; j++) {
            truth[j] = slotOf[test.label(j)];
        }
        ClassificationSetup setup = new ClassificationSetup(built.network(), new Couplings(built.network()), test, test.count(),
                loaded.temperature(), run.rule(), run.order(), run.seed(), loaded.sweeps(), loaded.pictures());
        ClassificationCoordinator.Outcome outcome = ClassificationEngine.run(setup, run.effectiveThreads(),
                new ConsoleProgress(), ConfigFactory.empty());
        double seconds = (System.nanoTime() - start) * 1e-9;
        ClassificationReport report = new ClassificationReport(new ClassifyConfig(run, loaded.temperature(), loaded.sweeps(),
                loaded.testImages(), loaded.pictures()), run.network(), built.statistics(), train, test, truth, outcome.sweeps(),
                outcome.startOverlaps(), outcome.finalOverlaps(), outcome.finalStates(), VersionProvider.version());
        Files.createDirectories(dir);
        report.write(dir, seconds);
        Classification c = report.classification();
        System.out.println(String.format(Locale.ROOT,
                "%s, %s P = %d, M = %d, T = %s: accuracy %.4f +- %.4f on %d test images (%.4f before the dynamics), %.1f s on %d thread(s); results in %s",
                run.dataset().name(), run.network().kind().configName(), run.network().P(), run.network().M(),
                loaded.temperature(), c.accuracy(), c.accuracyError(), c.inputs(), report.atStart().accuracy(), seconds, run.effectiveThreads(), dir));
        return Main.EXIT_OK;
    }

    private static Path emptyOrNew(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new InvalidParameterException("--out", dir, "a folder that does not exist yet or is empty");
                }
            }
        }
        return dir;
    }

    private static Path fresh(Path parent, String name) {
        Path candidate = parent.resolve(name);
        for (int k = 2; Files.exists(candidate); k++) {
            candidate = parent.resolve(name + "-" + k);
        }
        return candidate;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
