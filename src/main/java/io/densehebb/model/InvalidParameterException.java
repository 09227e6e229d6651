package io.densehebb.model;

/**
 * A parameter outside its allowed range. The message always names the parameter, the offending
 * value and what is allowed, so that the command line can print it as the one line a user needs
 * (exit code 2).
 */
public final class InvalidParameterException extends IllegalArgumentException {

    private final String parameter;
    private final String value;
    private final String allowed;

    public InvalidParameterException(String parameter, Object value, String allowed) {
        super(parameter + " = " + value + " is not allowed: " + allowed);
        this.parameter = parameter;
        this.value = String.valueOf(value);
        this.allowed = allowed;
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }

    public String allowed() {
        return allowed;
    }
}
