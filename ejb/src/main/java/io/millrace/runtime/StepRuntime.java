package io.millrace.runtime;

/**
 * Runs one code step. Implementations are thread-safe and shared by every execution.
 */
public interface StepRuntime {

    /**
     * Checks, at deploy time, that {@code code} is a component module that can run.
     *
     * @throws StepSyntaxException when the code does not parse; it carries the line and column
     */
    void validate(String stepName, String code);

    /**
     * Runs the step's {@code run({ steps, $ })} to completion (awaiting its promise) and reports
     * what it returned, exported and logged. Errors thrown by user code are reported in the
     * outcome, never thrown.
     */
    StepOutcome run(StepInvocation invocation, StepListener listener);
}
