package io.millrace.application.intake;

/** An execution cannot be replayed now (its workflow is not active): a conflict with the workflow's state. */
public class ReplayRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReplayRefused(String message) {
        super(message);
    }
}
