package io.densehebb.config;

import io.densehebb.model.InvalidParameterException;
import java.nio.file.Path;
import java.util.List;

/**
 * A classification: the network of a run configuration (which must be on mnist or fashion-mnist) and
 * the densehebb.classify block.
 *
 * @param run         the run configuration: model, dynamics rule and order, seed, threads, output
 * @param temperature T of the dynamics, >= 0
 * @param sweeps      most sweeps per image, >= 1
 * @param testImages  how many test images from the first, 0 = all
 * @param pictures    test images shown in the picture of retrieved states
 */
public record ClassifyConfig(RunConfig run, double temperature, int sweeps, int testImages, int pictures) {

    /** Reads the run configuration and its classify block from the same layers as {@link RunConfigLoader#load}. */
    public static ClassifyConfig load(Path userFile, List<String> overrides) {
        RunConfig run = RunConfigLoader.load(userFile, overrides);
        ConfigBlock classify = ConfigBlock.root(ConfigLayers.read(userFile, overrides).merged()).block("classify");
        if (!run.dataset().images()) {
            throw new InvalidParameterException("densehebb.model.dataset", run.dataset().name(),
                    "mnist or fashion-mnist for classify (it labels their test images)");
        }
        return new ClassifyConfig(run,
                classify.number("T", t -> t >= 0.0, "a temperature >= 0 (0 = zero-temperature dynamics)"),
                classify.integer("sweeps", n -> n >= 1, "an integer >= 1"),
                classify.integer("test-images", n -> n >= 0, "0 (all) or an integer >= 1"),
                classify.integer("pictures", n -> n >= 0 && n <= 100, "an integer from 0 to 100"));
    }
}
