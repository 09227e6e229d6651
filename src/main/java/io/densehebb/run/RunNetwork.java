package io.densehebb.run;

import io.densehebb.config.RunConfig;
import io.densehebb.data.BinaryImages;
import io.densehebb.data.ClassStatistics;
import io.densehebb.data.DataSource;
import io.densehebb.data.ImageDatasets;
import io.densehebb.data.PatternFiles;
import io.densehebb.model.FileNetwork;
import io.densehebb.model.ImageNetwork;
import io.densehebb.model.InvalidParameterException;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;

/**
 * The network a configuration describes, built once: synthetic disorder from the seed, or patterns
 * read from data/ or the user's files. {@link #config()} is the configuration with the network that
 * was actually built (N, K, M and r as the data fix them), which is what run.conf and every output
 * report.
 *
 * @param statistics the proxy archetypes and effective r of each class (image data), else null
 */
public record RunNetwork(RunConfig config, Network network, ClassStatistics statistics) {

    public static RunNetwork build(RunConfig config) {
        try {
            return from(config);
        } catch (InvalidParameterException e) {
            // the model names its keys from densehebb (model.M); users read them in full
            if (e.parameter().startsWith("densehebb.")) {
                throw e;
            }
            InvalidParameterException full = new InvalidParameterException("densehebb." + e.parameter(), e.value(), e.allowed());
            full.initCause(e);
            throw full;
        }
    }

    private static RunNetwork from(RunConfig config) {
        DataSource source = config.dataset();
        NetworkSpec spec = config.network();
        return switch (source.kind()) {
            case SYNTHETIC -> new RunNetwork(config, Network.synthetic(spec, config.seed()), null);
            case MNIST, FASHION_MNIST -> {
                BinaryImages train = ImageDatasets.load(source, ImageDatasets.Part.TRAIN);
                ClassStatistics statistics = ClassStatistics.of(train, source.classLabels());
                Network network = ImageNetwork.build(spec.kind(), spec.P(), spec.M(), spec.interaction(), train,
                        statistics, config.seed());
                yield new RunNetwork(config.withNetwork(network.spec()), network, statistics);
            }
            case FILE -> {
                Network network = FileNetwork.build(spec, PatternFiles.read(source.archetypes()),
                        source.examples() == null ? null : PatternFiles.read(source.examples()), config.seed(),
                        "densehebb.model.archetypes", "densehebb.model.examples");
                yield new RunNetwork(config.withNetwork(network.spec()), network, null);
            }
        };
    }
}
