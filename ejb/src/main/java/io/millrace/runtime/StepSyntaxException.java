package io.millrace.runtime;

import io.millrace.shared.Quoted;

/**
 * The code of a step does not parse. Line and column are 1-based. The message, the engine's, may quote the
 * code, so it is shortened ({@link Quoted#detail}): an error answer names it.
 */
public class StepSyntaxException extends RuntimeException {
    private final String stepName;
    private final int line;
    private final int column;

    public StepSyntaxException(String stepName, String message, int line, int column) {
        super(Quoted.detail(message));
        this.stepName = stepName;
        this.line = line;
        this.column = column;
    }

    public String stepName() { return stepName; }
    public int line() { return line; }
    public int column() { return column; }
}
