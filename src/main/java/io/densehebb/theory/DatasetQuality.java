package io.densehebb.theory;

import io.densehebb.model.InvalidParameterException;

/**
 * How the reduced example average chihat / r of docs/physics.md section 5 is distributed, which is all the
 * RS theory needs to know about the dataset: clean (hopfield, chihat / r = 1), Gaussian with variance
 * rho (the large-M form, 1 + sqrt(rho) Y), or the exact finite-M law M chihat = 2B - M,
 * B ~ Binomial(M, (1 + r) / 2).
 */
public sealed interface DatasetQuality permits DatasetQuality.Clean, DatasetQuality.Gaussian, DatasetQuality.FiniteSample {

    /** The dataset entropy rho = (1 - r^2) / (M r^2) = Var(chihat / r). */
    double rho();

    /** A short description for outputs, e.g. "rho = 0.1 (Gaussian, large M)". */
    String describe();

    static DatasetQuality clean() {
        return new Clean();
    }

    static DatasetQuality gaussian(double rho) {
        return new Gaussian(rho);
    }

    static DatasetQuality finiteSample(int examples, double r) {
        return new FiniteSample(examples, r);
    }

    /** No noise in the examples: etahat = xi (M = 1, r = 1, rho = 0). */
    record Clean() implements DatasetQuality {
        @Override
        public double rho() {
            return 0.0;
        }

        @Override
        public String describe() {
            return "clean (M = 1, r = 1, rho = 0)";
        }
    }

    /** The large-M limit at fixed rho: chihat / r = 1 + sqrt(rho) Y with Y standard Gaussian. */
    record Gaussian(double rho) implements DatasetQuality {
        public Gaussian {
            if (!Double.isFinite(rho) || rho < 0) {
                throw new InvalidParameterException("rho", rho, "a finite rho >= 0");
            }
        }

        @Override
        public String describe() {
            return "rho = " + rho + " (Gaussian, large M)";
        }
    }

    /** M examples of quality r per class, averaged exactly over the binomial law of chihat. */
    record FiniteSample(int examples, double r) implements DatasetQuality {
        public FiniteSample {
            if (examples < 1) {
                throw new InvalidParameterException("M", examples, "an integer M >= 1");
            }
            if (!(r > 0 && r <= 1)) {
                throw new InvalidParameterException("r", r, "0 < r <= 1");
            }
        }

        @Override
        public double rho() {
            return (1 - r * r) / (examples * r * r);
        }

        /** R = r^2 (1 + rho) = E etahat^2. */
        public double secondMoment() {
            return r * r * (1 + rho());
        }

        @Override
        public String describe() {
            return "M = " + examples + ", r = " + r + " (exact binomial, rho = " + rho() + ")";
        }
    }
}
