package io.densehebb.theory;

import io.densehebb.model.Interaction;
import io.densehebb.model.InvalidParameterException;
import io.densehebb.model.ModelKind;
import java.util.Objects;

/**
 * One point of parameter space for the replica-symmetric theory of docs/physics.md section 5, validated on
 * construction. Temperatures and loads are in the units of docs/physics.md section 2 (T_c = 1 for the
 * P = 2 Hopfield model at low load, K = alpha N^(P-1) at high load).
 *
 * @param model       hopfield, supervised or unsupervised
 * @param p           interaction order, even and >= 2 (the theory is derived for even P only)
 * @param load        low load (alpha = 0) or high load (alpha > 0)
 * @param alpha       K / N^(P-1); 0 at low load
 * @param temperature T >= 0; T = 0 uses the zero-temperature limit of the equations
 * @param data        how the example average chihat / r is distributed
 * @param interaction distinct indices (pure P-body) or every index tuple (full power)
 */
public record RsProblem(
        ModelKind model, int p, LoadRegime load, double alpha, double temperature, DatasetQuality data,
        Interaction interaction) {

    public RsProblem {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(interaction, "interaction");
        if (p < 2 || p % 2 != 0) {
            throw new InvalidParameterException("P", p,
                    "an even P >= 2 (the replica-symmetric theory is derived for even P only)");
        }
        if (!Double.isFinite(temperature) || temperature < 0) {
            throw new InvalidParameterException("T", temperature, "a finite temperature T >= 0");
        }
        if (load == LoadRegime.LOW && alpha != 0) {
            throw new InvalidParameterException("alpha", alpha,
                    "alpha = 0 at low load (K = O(1)); a positive alpha means high load");
        }
        if (load == LoadRegime.HIGH && !(alpha > 0 && Double.isFinite(alpha))) {
            throw new InvalidParameterException("alpha", alpha,
                    "a finite alpha > 0 at high load (K = alpha N^(P-1)); leave alpha out for low load");
        }
        if (model == ModelKind.HOPFIELD && data.rho() != 0) {
            throw new InvalidParameterException("rho", data.rho(),
                    "rho = 0 for the hopfield model (it stores the archetypes: M = 1, r = 1)");
        }
        if (model == ModelKind.UNSUPERVISED && load == LoadRegime.HIGH
                && data instanceof DatasetQuality.Gaussian && data.rho() != 0) {
            throw new InvalidParameterException("rho", data.rho(),
                    "M and r (not rho alone) for the unsupervised model at high load: "
                            + "lambda = (1 + (M-1) r^(2P)) / (M R^P) depends on both");
        }
    }

    public static RsProblem lowLoad(ModelKind model, int p, double temperature, DatasetQuality data,
            Interaction interaction) {
        return new RsProblem(model, p, LoadRegime.LOW, 0.0, temperature, data, interaction);
    }

    public static RsProblem highLoad(ModelKind model, int p, double alpha, double temperature,
            DatasetQuality data, Interaction interaction) {
        return new RsProblem(model, p, LoadRegime.HIGH, alpha, temperature, data, interaction);
    }

    /** The same problem at another temperature. */
    public RsProblem withTemperature(double t) {
        return new RsProblem(model, p, load, alpha, t, data, interaction);
    }

    /** The same problem at another load; alpha = 0 means low load. */
    public RsProblem withAlpha(double a) {
        return new RsProblem(model, p, a == 0 ? LoadRegime.LOW : LoadRegime.HIGH, a, temperature, data,
                interaction);
    }

    public boolean isZeroTemperature() {
        return temperature == 0;
    }

    public double beta() {
        return 1.0 / temperature;
    }

    public double rho() {
        return data.rho();
    }

    /**
     * The factor lambda_k by which the k-body glassy noise of the non-condensed patterns is scaled
     * relative to the supervised case, lambda_k = (1 + (M-1) r^(2k)) / (M R^P) for the unsupervised
     * model (the covariance of the noise sums over pairs of examples of one class, which are
     * correlated by r^(2k)) and 1 otherwise. lambda_P is docs/physics.md's lambda.
     */
    public double noiseScale(int k) {
        if (model != ModelKind.UNSUPERVISED || !(data instanceof DatasetQuality.FiniteSample sample)) {
            return 1.0;
        }
        int m = sample.examples();
        double r = sample.r();
        return (1 + (m - 1) * Math.pow(r, 2 * k)) / (m * Math.pow(sample.secondMoment(), p));
    }

    /** A one-line description for outputs. */
    public String describe() {
        String loadText = load == LoadRegime.LOW ? "low load" : "alpha = " + alpha;
        return model.configName() + ", P = " + p + ", " + interaction.configName() + ", " + loadText
                + ", T = " + temperature + ", " + data.describe();
    }
}
