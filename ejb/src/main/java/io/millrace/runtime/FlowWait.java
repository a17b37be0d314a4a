package io.millrace.runtime;

/**
 * How a step asked its execution to pause at the end of the step (the milliseconds are
 * {@link StepOutcome#delayMillis()}):
 * <ul>
 *   <li>{@link Kind#DELAY} ({@code $.flow.delay}): the next step runs after the delay, or at once on a
 *       {@code resume_url} request;</li>
 *   <li>{@link Kind#SUSPEND} ({@code $.flow.suspend}): the next step runs when the {@code resume_url} is called,
 *       with the request's data as the step's {@code $resume_data} export; when the time passes first, the
 *       execution is cancelled;</li>
 *   <li>{@link Kind#RERUN} ({@code $.flow.rerun}): the same step runs again after the delay, or at once on a
 *       {@code resume_url} request (which it sees as {@code $.context.run.callback_request}), with
 *       {@code contextJson} as {@code $.context.run.context}.</li>
 * </ul>
 *
 * @param contextJson for a rerun: the JSON of the context passed to the next run ("null" when none); else null
 */
public record FlowWait(Kind kind, String contextJson) {
    /** A plain {@code $.flow.delay}. */
    public static final FlowWait DELAY = new FlowWait(Kind.DELAY, null);
    /** A {@code $.flow.suspend}. */
    public static final FlowWait SUSPEND = new FlowWait(Kind.SUSPEND, null);

    public enum Kind { DELAY, SUSPEND, RERUN }

    /** A {@code $.flow.rerun} passing {@code contextJson} to the next run. */
    public static FlowWait rerun(String contextJson) {
        return new FlowWait(Kind.RERUN, contextJson == null ? "null" : contextJson);
    }
}
