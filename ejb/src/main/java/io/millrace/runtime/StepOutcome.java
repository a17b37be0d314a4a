package io.millrace.runtime;

import java.util.List;

/**
 * What a step did.
 *
 * <p>What the runner must do with the step's destinations and delay (all three are reported only when
 * the step {@link #succeeded() succeeded}: a failed or timed-out step has none, as its
 * {@code $.send.http} requests are not sent either):
 * <ul>
 *   <li>{@link #emissions()}: store each, in order, in the workflow's emitted-event stream (the
 *       {@code EventLog}, with the workflow as the emitter), after the step's result is stored, and
 *       deliver them to the workflow's subscribers; {@link Emission#name()} is the channel (null: the
 *       default channel). {@code id}, {@code summary} and {@code ts} are always null for them.</li>
 *   <li>{@link #emails()}: send each to the workspace owner's address, after the step's result is
 *       stored. Sending may fail without failing the step (log it).</li>
 *   <li>{@link #delayMillis()}: when not null, after storing this step's result, pause the execution
 *       (status {@code paused}) and schedule its continuation with the next step after that many
 *       milliseconds (a delayed broker message, as for retries); a request to the
 *       {@link StepInvocation#resumeUrl() resume URL} continues it at once, one to the
 *       {@link StepInvocation#cancelUrl() cancel URL} ends it as cancelled. An HTTP-triggered execution
 *       that is still waiting for {@code $.respond} answers with the default "no $.respond" response
 *       when it pauses. When the step also called {@code $.flow.exit}, the exit wins: the execution ends
 *       and is not delayed.</li>
 * </ul>
 *
 * @param returnValueJson the JSON of the value {@code run} returned, or null when it returned undefined
 * @param exportsJson     JSON object of the values passed to {@code $.export(name, value)} ("{}" when none);
 *                        {@code $.summary = text} is recorded as the export {@code $summary}
 * @param logs            console output in order
 * @param error           the error the step threw, or null on success
 * @param timedOut        true when the deadline passed and the step was stopped
 * @param flowExitReason  null unless the step called {@code $.flow.exit(reason)}; then the reason it gave
 *                        ("" when none). When the step also {@link #succeeded() succeeded}, the execution
 *                        ends successfully after this step: no later step runs
 * @param emissions       the events passed to {@code $.send.emit(event, channel)}, in order (never null)
 * @param emails          the emails passed to {@code $.send.email(...)}, in order (never null)
 * @param delayMillis     the milliseconds passed to the last {@code $.flow.delay(ms)} call (1 ms to one year),
 *                        or null when the step did not call it
 * @param effects         false only when the step certainly had no effect outside its own result: it made no
 *                        HTTP request, touched no file, sent no response and called no other host service
 *                        with effects. Running such a step again gives nobody a second effect, so its result
 *                        may be stored together with a later one instead of at once (emissions and emails are
 *                        part of the result: they are sent only once the result is stored)
 * @param pause           what kind of pause {@link #delayMillis()} asks for ({@code $.flow.delay}, {@code $.flow.suspend}
 *                        or {@code $.flow.rerun}, see {@link FlowWait}); {@link FlowWait#DELAY} when delayMillis is set
 *                        and none was given, null when delayMillis is null
 * @param sse             the events passed to {@code $.send.sse}, in order (never null)
 * @param s3              the payloads passed to {@code $.send.s3}, in order (never null)
 */
public record StepOutcome(String returnValueJson, String exportsJson, List<LogEntry> logs, StepError error,
                          boolean timedOut, String flowExitReason, List<Emission> emissions,
                          List<EmailRequest> emails, Long delayMillis, boolean effects, FlowWait pause,
                          List<SseEvent> sse, List<S3Object> s3) {

    public StepOutcome {
        logs = List.copyOf(logs);
        emissions = emissions == null ? List.of() : List.copyOf(emissions);
        emails = emails == null ? List.of() : List.copyOf(emails);
        pause = delayMillis == null ? null : pause == null ? FlowWait.DELAY : pause;
        sse = sse == null ? List.of() : List.copyOf(sse);
        s3 = s3 == null ? List.of() : List.copyOf(s3);
    }

    /** An outcome that paused, if at all, with {@code $.flow.delay} and sent no server-sent events. */
    public StepOutcome(String returnValueJson, String exportsJson, List<LogEntry> logs, StepError error,
                       boolean timedOut, String flowExitReason, List<Emission> emissions,
                       List<EmailRequest> emails, Long delayMillis, boolean effects) {
        this(returnValueJson, exportsJson, logs, error, timedOut, flowExitReason, emissions, emails, delayMillis,
                effects, null, List.of(), List.of());
    }

    /** An outcome that sent nothing to destinations and did not delay, assumed to have had effects. */
    public StepOutcome(String returnValueJson, String exportsJson, List<LogEntry> logs, StepError error,
                       boolean timedOut, String flowExitReason) {
        this(returnValueJson, exportsJson, logs, error, timedOut, flowExitReason, List.of(), List.of(), null, true);
    }

    /** An outcome of a step that did not call {@code $.flow.exit}, assumed to have had effects. */
    public StepOutcome(String returnValueJson, String exportsJson, List<LogEntry> logs, StepError error,
                       boolean timedOut) {
        this(returnValueJson, exportsJson, logs, error, timedOut, null);
    }

    public boolean succeeded() {
        return error == null && !timedOut;
    }

    /** True when the step succeeded and called {@code $.flow.exit}: the execution ends after it, successfully. */
    public boolean endsExecution() {
        return flowExitReason != null && succeeded();
    }

    /** True when the step succeeded and called {@code $.flow.delay}: the execution pauses after it. */
    public boolean delaysExecution() {
        return delayMillis != null && succeeded();
    }

    /** This outcome with these destinations and delay. */
    public StepOutcome withSends(List<Emission> newEmissions, List<EmailRequest> newEmails, Long newDelayMillis) {
        return withSends(newEmissions, newEmails, List.of(), List.of(), newDelayMillis, null);
    }

    /** This outcome with these destinations and this pause. */
    public StepOutcome withSends(List<Emission> newEmissions, List<EmailRequest> newEmails, List<SseEvent> newSse,
                                 List<S3Object> newS3, Long newDelayMillis, FlowWait newWait) {
        return new StepOutcome(returnValueJson, exportsJson, logs, error, timedOut, flowExitReason, newEmissions,
                newEmails, newDelayMillis, effects, newWait, newSse, newS3);
    }

    /** This outcome, saying whether the step had effects. */
    public StepOutcome withEffects(boolean hadEffects) {
        return new StepOutcome(returnValueJson, exportsJson, logs, error, timedOut, flowExitReason, emissions,
                emails, delayMillis, hadEffects, pause, sse, s3);
    }
}
