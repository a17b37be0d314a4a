package io.millrace.application.intake;

/**
 * An execution cannot be replayed now (its workflow is not active, a step changed) or at all (it kept no data): a
 * conflict with the state of the workflow or the execution.
 */
public class ReplayRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReplayRefused(String message) {
        super(message);
    }
}
