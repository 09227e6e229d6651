package io.densehebb.theory;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.densehebb.model.Interaction;
import io.densehebb.model.InvalidParameterException;
import io.densehebb.model.ModelKind;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RsProblemValidationTest {

    private static final Interaction D = Interaction.DISTINCT;

    private static void refused(ThrowingCallable call, String parameter) {
        assertThatThrownBy(call).isInstanceOf(InvalidParameterException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InvalidParameterException) e).parameter())
                        .isEqualTo(parameter));
    }

    @Test
    void refusesWhatTheTheoryDoesNotCover() {
        refused(() -> DatasetQuality.gaussian(-0.1), "rho");
        refused(() -> DatasetQuality.finiteSample(0, 0.5), "M");
        refused(() -> DatasetQuality.finiteSample(3, 0), "r");
        refused(() -> DatasetQuality.finiteSample(3, 1.1), "r");
        refused(() -> RsProblem.lowLoad(ModelKind.SUPERVISED, 3, 0.5, DatasetQuality.gaussian(0.1), D), "P");
        refused(() -> RsProblem.lowLoad(ModelKind.SUPERVISED, 1, 0.5, DatasetQuality.gaussian(0.1), D), "P");
        refused(() -> RsProblem.lowLoad(ModelKind.HOPFIELD, 2, -0.1, DatasetQuality.clean(), D), "T");
        refused(() -> RsProblem.lowLoad(ModelKind.HOPFIELD, 2, Double.NaN, DatasetQuality.clean(), D), "T");
        refused(() -> new RsProblem(ModelKind.HOPFIELD, 2, LoadRegime.LOW, 0.1, 0.5, DatasetQuality.clean(), D), "alpha");
        refused(() -> RsProblem.highLoad(ModelKind.HOPFIELD, 2, 0, 0.5, DatasetQuality.clean(), D), "alpha");
        refused(() -> RsProblem.highLoad(ModelKind.HOPFIELD, 2, -1, 0.5, DatasetQuality.clean(), D), "alpha");
        refused(() -> RsProblem.lowLoad(ModelKind.HOPFIELD, 2, 0.5, DatasetQuality.gaussian(0.2), D), "rho");
        refused(() -> RsProblem.highLoad(ModelKind.UNSUPERVISED, 4, 0.01, 0.5, DatasetQuality.gaussian(0.2), D), "rho");
    }
}
