package io.densehebb.config;

import static io.densehebb.config.ConfigMessages.ROOT;

import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValueFactory;
import io.densehebb.data.DataSource;
import io.densehebb.model.NetworkSpec;
import io.densehebb.tempering.LadderSpec;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A RunConfig written back as HOCON for the run folder's run.conf: every key, K and r resolved (alpha
 * and rho only as comments), numbers in Java's shortest exact form so that loading the text gives
 * back an equal RunConfig.
 */
final class ConfigRenderer {

    /** HOCON duration units, largest first: a duration is written in the largest unit that divides it. */
    private static final String[] UNIT_NAMES = {"d", "h", "m", "s", "ms", "us", "ns"};
    private static final long[] UNIT_NANOS = {86_400_000_000_000L, 3_600_000_000_000L, 60_000_000_000L,
        1_000_000_000L, 1_000_000L, 1_000L, 1L};

    private final StringBuilder text = new StringBuilder();
    private int depth;

    private ConfigRenderer() {
    }

    static String render(RunConfig config, String codeVersion) {
        ConfigRenderer out = new ConfigRenderer();
        out.line("# The fully resolved configuration of this run: densehebb " + codeVersion + ", seed " + config.seed() + ".");
        out.open(ROOT);
        out.model(config.network(), config.dataset());
        out.open("dynamics");
        out.key("rule", config.rule().configName());
        out.key("order", config.order().configName());
        out.key("block-copies", config.blockCopies());
        out.close();
        out.ladder(config.ladder());
        out.key("copies", config.copies());
        out.sweeps(config.sweeps());
        out.key("init", config.init().configName());
        out.key("seed", config.seed());
        out.open("disorder");
        out.key("seed", config.disorder().seed());
        out.key("sample", config.disorder().sample());
        out.close();
        out.key("threads", config.threads(), "0 = every core");
        out.key("checkpoint-every", duration(config.checkpointEvery()));
        out.key("output", quoted(config.output()));
        out.key("output-patterns", config.outputPatterns());
        out.open("testing");
        out.key("fault-rate", config.faultRate());
        out.key("failing-round", config.failingRound());
        out.close();
        out.close();
        return out.text.toString();
    }

    private void model(NetworkSpec network, DataSource dataset) {
        open("model");
        key("kind", network.kind().configName());
        key("P", network.P());
        key("N", network.N());
        key("K", network.K());
        key("alpha", "null", String.format(Locale.ROOT, "K is given; K / N^(P-1) = %.6g",
                network.K() / Math.pow(network.N(), network.P() - 1)));
        key("M", network.M());
        key("r", network.r());
        key("rho", "null", String.format(Locale.ROOT, "r is given; (1 - r^2) / (M r^2) = %.6g", network.rho()));
        key("interaction", network.interaction().configName());
        key("dataset", quoted(dataset.name()));
        key("classes", dataset.classes().stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]")));
        key("threshold", dataset.threshold());
        key("data-folder", quoted(dataset.folder().toString()));
        key("archetypes", dataset.archetypes() == null ? "null" : quoted(dataset.archetypes().toString()));
        key("examples", dataset.examples() == null ? "null" : quoted(dataset.examples().toString()));
        close();
    }

    private void ladder(LadderSpec ladder) {
        open("ladder");
        key("kind", ladder.kind().configName());
        key("t-min", ladder.tMin());
        key("t-max", ladder.tMax());
        key("slots", ladder.slots());
        key("temperatures", ladder.temperatures().stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]")));
        close();
    }

    private void sweeps(RunConfig.Sweeps sweeps) {
        open("sweeps");
        key("burn-in", sweeps.burnIn());
        key("measure", sweeps.measure());
        key("per-round", sweeps.perRound());
        key("measure-every", sweeps.measureEvery());
        close();
    }

    private void open(String block) {
        line(block + " {");
        depth++;
    }

    private void close() {
        depth--;
        line("}");
    }

    private void key(String key, Object value) {
        line(key + " = " + value);
    }

    private void key(String key, Object value, String comment) {
        line(key + " = " + value + "    # " + comment);
    }

    private void line(String line) {
        text.append("  ".repeat(depth)).append(line).append('\n');
    }

    private static String quoted(String text) {
        return ConfigValueFactory.fromAnyRef(text).render(ConfigRenderOptions.concise());
    }

    private static String duration(Duration duration) {
        long nanos = duration.toNanos();
        int unit = 0;
        while (nanos % UNIT_NANOS[unit] != 0) {
            unit++; // ends at ns at the latest
        }
        return nanos / UNIT_NANOS[unit] + UNIT_NAMES[unit];
    }
}
