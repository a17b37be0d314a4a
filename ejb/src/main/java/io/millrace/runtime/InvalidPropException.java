package io.millrace.runtime;

/**
 * A step's configured value for one of its props is not valid for the prop's declaration (its type,
 * {@code min}, {@code max} or {@code options}), or a required prop has neither a value nor a default.
 * Thrown at deploy time by {@link StepRuntime#validate(String, String, String)}; it has no line or
 * column (both 0).
 */
public class InvalidPropException extends StepSyntaxException {
    private final String propName;

    public InvalidPropException(String stepName, String propName, String message) {
        super(stepName, message, 0, 0);
        this.propName = propName;
    }

    /** The prop whose value is wrong, as the step's {@code props} name it. */
    public String propName() {
        return propName;
    }
}
