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
     * As {@link #validate(String, String)}, and also checks the step's configured prop values
     * ({@code propsJson}, a JSON object; null or "{}" when none) against the props the code declares:
     * a value that is a literal (contains no {@code {{…}}} expression) must fit the prop's type,
     * {@code min}, {@code max} and {@code options}, and a required user-input prop must have a value or a
     * default (an expression counts as a value; it is checked when the step runs).
     *
     * @throws InvalidPropException naming the prop, when a value does not fit
     * @throws StepSyntaxException  when the code itself is not valid
     */
    default void validate(String stepName, String code, String propsJson) {
        validate(stepName, code);
    }

    /**
     * The npm packages the step's code imports ({@code "pkg"}, {@code "pkg@1.2.3"}, {@code "pkg@^1.2.0"}),
     * with their dependencies, resolved to exact versions (name to version) and made available, for the
     * application to store at deploy time and pass in each {@link StepInvocation#packages()}, so that every run
     * uses the same versions. Empty when the code imports none, or the runtime does not support packages.
     *
     * @throws StepSyntaxException when a package cannot be used (unknown, no matching version, a native add-on,
     *                             or needing a Node.js module that is not available); the message names it
     */
    default java.util.Map<String, String> resolvePackages(String stepName, String code) {
        return java.util.Map.of();
    }

    /**
     * Runs the step's {@code run({ steps, $ })} to completion (awaiting its promise) and reports
     * what it returned, exported and logged. Errors thrown by user code are reported in the
     * outcome, never thrown.
     */
    StepOutcome run(StepInvocation invocation, StepListener listener);

    /**
     * A session for the steps of one execution, run one after another on one thread. Implementations
     * may share work between those steps (the GraalJS one runs them in one context, as Pipedream runs
     * the steps of one execution in one Node.js process); nothing is shared between sessions. The
     * default runs each step with {@link #run}.
     */
    default Session session() {
        return new Session() {
            @Override
            public StepOutcome run(StepInvocation invocation, StepListener listener) {
                return StepRuntime.this.run(invocation, listener);
            }

            @Override
            public void close() {
            }
        };
    }

    /** The steps of one execution; close it when the execution stops running. Not thread-safe. */
    interface Session extends AutoCloseable {
        /** As {@link StepRuntime#run}, for the session's next step. */
        StepOutcome run(StepInvocation invocation, StepListener listener);

        @Override
        void close();
    }
}
