package io.densehebb.theory;

import io.densehebb.model.InvalidParameterException;

/** The two parameters a phase diagram varies: x along the horizontal axis, y along the vertical one. */
public enum PhasePlane {
    /** x = alpha (0 = low load), y = T; the dataset is fixed. */
    ALPHA_T("alpha-T", "alpha = K / N^(P-1)", "T"),
    /** x = rho (Gaussian, large M), y = T; alpha is fixed (0 = low load). */
    RHO_T("rho-T", "rho = (1 - r^2) / (M r^2)", "T"),
    /** x = M (integers), y = r; alpha and T are fixed. */
    M_R("M-r", "M (examples per class)", "r (dataset quality)");

    private final String configName;
    private final String xTitle;
    private final String yTitle;

    PhasePlane(String configName, String xTitle, String yTitle) {
        this.configName = configName;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
    }

    public String configName() {
        return configName;
    }

    public String xTitle() {
        return xTitle;
    }

    public String yTitle() {
        return yTitle;
    }

    /** True when y is the temperature, so that the lines can be closed at T = 0 with the T = 0 theory. */
    public boolean yIsTemperature() {
        return this != M_R;
    }

    public static PhasePlane parse(String parameter, String text) {
        for (PhasePlane plane : values()) {
            if (plane.configName.equals(text)) {
                return plane;
            }
        }
        throw new InvalidParameterException(parameter, text, "one of alpha-T | rho-T | M-r");
    }
}
