package io.densehebb.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValueType;
import io.densehebb.model.Interaction;
import io.densehebb.model.InvalidParameterException;
import io.densehebb.model.ModelKind;
import io.densehebb.theory.DatasetQuality;
import io.densehebb.theory.PhaseDiagramSpec;
import io.densehebb.theory.PhasePlane;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Binds and validates the {@code densehebb.phase-diagram} block of a HOCON file:
 *
 * <pre>
 * densehebb.phase-diagram {
 *   model = hopfield            # hopfield | supervised | unsupervised
 *   P = 2                       # even, >= 2
 *   interaction = distinct      # distinct | full-power (default distinct)
 *   plane = alpha-T             # alpha-T | rho-T | M-r
 *   rho = 0.1                   # alpha-T only: the dataset, rho (Gaussian) or M and r (exact); none for hopfield
 *   alpha = 0.01                # rho-T and M-r only: the fixed load, 0 or absent = low load
 *   T = 0.5                     # M-r only: the fixed temperature
 *   x { min = 0, max = 0.16, points = 33 }   # alpha, rho or M: where lines are traced
 *   y { min = 0, max = 1.6, points = 25 }    # T or r: the scan that brackets the roots
 * }
 * </pre>
 *
 * Every error is an {@link InvalidParameterException} naming the full key.
 */
public final class PhaseDiagramSettings {

    static final String BLOCK = "densehebb.phase-diagram";

    private static final Set<String> COMMON = Set.of("model", "P", "interaction", "plane", "x", "y");
    private static final Map<PhasePlane, Set<String>> PLANE_KEYS = Map.of(
            PhasePlane.ALPHA_T, Set.of("rho", "M", "r"),
            PhasePlane.RHO_T, Set.of("alpha"),
            PhasePlane.M_R, Set.of("alpha", "T"));
    private static final Set<String> AXIS_KEYS = Set.of("min", "max", "points");

    private PhaseDiagramSettings() {
    }

    /** Reads a HOCON file and binds its phase-diagram block. */
    public static PhaseDiagramSpec load(Path file) {
        Config config;
        try {
            config = ConfigFactory.parseFile(file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false))
                    .resolve();
        } catch (ConfigException.IO e) {
            throw new InvalidParameterException("CONFIG", file, "an existing, readable HOCON file");
        } catch (ConfigException e) {
            throw new InvalidParameterException("CONFIG", file, "valid HOCON (" + ConfigMessages.reason(e) + ")");
        }
        return bind(config);
    }

    /** Binds the phase-diagram block of a parsed configuration. */
    public static PhaseDiagramSpec bind(Config config) {
        if (!config.hasPath(BLOCK) || config.getValue(BLOCK).valueType() != ConfigValueType.OBJECT) {
            throw new InvalidParameterException(BLOCK, config.hasPath(BLOCK) ? ConfigMessages.describe(config.getValue(BLOCK))
                    : "(missing)", "a block { model, P, plane, x, y, ... }");
        }
        ConfigBlock block = ConfigBlock.root(config).block("phase-diagram");
        Config own = config.getConfig(BLOCK);
        PhasePlane plane = block.choice(required(own, block, "plane"), PhasePlane::parse);
        Set<String> planeKeys = PLANE_KEYS.get(plane);
        for (String key : own.root().keySet()) {
            if (!COMMON.contains(key) && PLANE_KEYS.values().stream().noneMatch(s -> s.contains(key))) {
                throw block.invalid(key, "a known key: one of model, P, interaction, plane, rho, M, r, alpha, T, x, y");
            }
            if (!COMMON.contains(key) && !planeKeys.contains(key)) {
                throw block.invalid(key, "no value: plane " + plane.configName() + " uses only "
                        + String.join(", ", planeKeys.stream().sorted().toList()) + " besides the axes");
            }
        }
        ModelKind model = block.choice(required(own, block, "model"), ModelKind::parse);
        int p = block.integer(required(own, block, "P"));
        Interaction interaction = own.hasPath("interaction") ? block.choice("interaction", Interaction::parse)
                : Interaction.DISTINCT;
        DatasetQuality data = plane == PhasePlane.ALPHA_T ? dataset(own, block) : DatasetQuality.clean();
        double alpha = own.hasPath("alpha") ? block.number("alpha", a -> a >= 0, "alpha >= 0 (0 = low load)") : 0;
        double temperature = plane == PhasePlane.M_R ? block.number(required(own, block, "T"), t -> t >= 0, "T >= 0") : 0;
        PhaseDiagramSpec.Axis x = axis(own, block, "x");
        PhaseDiagramSpec.Axis y = axis(own, block, "y");
        try {
            return new PhaseDiagramSpec(model, p, interaction, plane, data, alpha, temperature, x, y);
        } catch (InvalidParameterException e) {
            // The spec and the theory name their parameters as the keys of this block.
            InvalidParameterException full = new InvalidParameterException(BLOCK + "." + e.parameter(), e.value(),
                    e.allowed());
            full.initCause(e);
            throw full;
        }
    }

    private static DatasetQuality dataset(Config own, ConfigBlock block) {
        boolean rho = own.hasPath("rho");
        boolean m = own.hasPath("M");
        boolean r = own.hasPath("r");
        if (rho && (m || r)) {
            throw block.invalid("rho", "either rho or M and r, not both");
        }
        if (rho) {
            return DatasetQuality.gaussian(block.number("rho", v -> v >= 0, "rho >= 0"));
        }
        if (m != r) {
            throw block.invalid(m ? "M" : "r", "M and r together");
        }
        if (m) {
            return DatasetQuality.finiteSample(block.integer("M", v -> v >= 1, "an integer M >= 1"),
                    block.number("r", v -> v > 0 && v <= 1, "0 < r <= 1"));
        }
        return DatasetQuality.clean();
    }

    private static PhaseDiagramSpec.Axis axis(Config own, ConfigBlock block, String key) {
        required(own, block, key);
        if (own.getValue(key).valueType() != ConfigValueType.OBJECT) {
            throw block.invalid(key, "a block { min, max, points }");
        }
        ConfigBlock axis = block.block(key);
        Config values = own.getConfig(key);
        for (String k : values.root().keySet()) {
            if (!AXIS_KEYS.contains(k)) {
                throw axis.invalid(k, "a known key: one of min, max, points");
            }
        }
        double min = axis.number(required(values, axis, "min"));
        double max = axis.number(required(values, axis, "max"), v -> v > min, "a number above " + key + ".min = " + min);
        int points = axis.integer(required(values, axis, "points"), v -> v >= 2 && v <= 400, "an integer from 2 to 400");
        return new PhaseDiagramSpec.Axis(min, max, points);
    }

    private static String required(Config own, ConfigBlock block, String key) {
        if (!own.hasPathOrNull(key)) {
            throw new InvalidParameterException(block.path(key), "(missing)", "a value: this key is required");
        }
        return key;
    }
}
