package io.millrace.application.execution;

import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.StepRun;
import io.millrace.orchestrator.RetryRules;
import io.millrace.runtime.FlowWait;
import io.millrace.runtime.LogEntry;
import io.millrace.runtime.StepError;
import io.millrace.runtime.StepOutcome;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** Turns what the step runtime reports into a stored {@link StepRun}. */
final class StepResults {
    static final String TIMEOUT_NAME = "TIMEOUT";

    private StepResults() {
    }

    static StepRun toStepRun(String executionId, int position, String stepName, int runs, StepOutcome outcome,
                             long started, long finished, Instant deadline) {
        ExecutionStatus status = outcome.timedOut() ? ExecutionStatus.TIMEOUT
                : outcome.error() != null ? ExecutionStatus.ERROR : ExecutionStatus.SUCCESS;
        String errorJson = null;
        if (outcome.timedOut()) {
            errorJson = errorJson(new StepError(TIMEOUT_NAME, "Timeout: the execution did not finish by its time "
                    + "limit (" + deadline + "). Raise timeout_seconds in the workflow's settings if it needs longer.",
                    null), stepName);
        } else if (outcome.error() != null) {
            errorJson = errorJson(outcome.error(), stepName);
        }
        if (outcome.delaysExecution() && !outcome.endsExecution() && outcome.pause().kind() == FlowWait.Kind.RERUN) {
            status = ExecutionStatus.PAUSED; // runs again: see Orchestrator.next
        }
        StepRun run = new StepRun(executionId, position, stepName, status, outcome.returnValueJson(),
                outcome.exportsJson(), logsJson(outcome.logs()), errorJson, started, finished)
                .sent(Destinations.emissionsJson(outcome.emissions()), Destinations.emailsJson(outcome.emails()))
                .sentToDestinations(Destinations.sseJson(outcome.sse()), Destinations.s3Json(outcome.s3()))
                .numbered(runs);
        if (outcome.endsExecution()) {
            return run.exitedFlow(outcome.flowExitReason());
        }
        return outcome.delaysExecution() ? run.waiting(waitJson(outcome.pause(), finished + outcome.delayMillis())) : run;
    }

    /**
     * What a paused step waits for, as stored (StepRun.waitJson), with {@code until}: when its time is up (epoch
     * milliseconds; a lane's message waiting for it is sent again for the time left after a crash).
     */
    private static String waitJson(FlowWait wait, long until) {
        var b = Jsonp.createObjectBuilder();
        switch (wait.kind()) {
            case DELAY -> b.add("kind", "delay");
            case SUSPEND -> b.add("kind", "suspend");
            case RERUN -> b.add("kind", "rerun").add("context", JsonText.parse(wait.contextJson()));
        }
        return JsonText.write(b.add("until", until).build());
    }

    /**
     * What the next run of the step at {@code position} sees as {@code $.context.run}'s {@code context} and
     * {@code callback_request}, when its stored result is a rerun's paused result; else null.
     */
    static String rerunJson(List<StepRun> stored, String stepRunId) {
        for (StepRun run : stored) {
            if (run.id().equals(stepRunId) && run.status() == ExecutionStatus.PAUSED && run.waitJson() != null) {
                JsonObject wait = JsonText.parseObject(run.waitJson());
                if ("rerun".equals(wait.getString("kind", null))) {
                    var b = Jsonp.createObjectBuilder().add("context", wait.get("context"));
                    if (wait.containsKey("callback_request")) {
                        b.add("callback_request", wait.get("callback_request"));
                    }
                    return JsonText.write(b.build());
                }
            }
        }
        return null;
    }

    /**
     * Bytes of the execution's payload so far (Pipedream's Function Payload Limit counts the event,
     * logs and exports): the event and each stored step's logs, exports and return value.
     */
    static long payloadUsed(Execution execution, List<StepRun> runs) {
        long used = length(execution.eventJson());
        for (StepRun run : runs) {
            used += length(run.logsJson()) + length(run.exportsJson()) + length(run.returnValueJson());
        }
        return used;
    }

    private static long length(String s) {
        return s == null ? 0 : s.length();
    }

    /**
     * A failed attempt kept while the step waits to be retried: status paused, and besides what the
     * step exported, {@code $summary} and {@code $attempt} (the error, when the retry happens, and the
     * URLs that cancel it or run it at once).
     */
    static StepRun pausedForRetry(StepRun failed, int retry, long resumeAt, String cancelUrl, String rerunUrl) {
        JsonObject error = JsonText.parseObject(failed.errorJson());
        String resumeTs = Instant.ofEpochMilli(resumeAt).toString();
        JsonObject exports = Jsonp.createObjectBuilder(JsonText.parseObject(
                        failed.exportsJson() == null ? "{}" : failed.exportsJson()))
                .add("$summary", error.getString("name") + ": " + error.getString("message") + " (retry " + retry
                        + " of " + RetryRules.MAX_RETRIES + " at " + resumeTs + ")")
                .add("$attempt", Jsonp.createObjectBuilder()
                        .add("attempt", retry)
                        .add("error", error)
                        .add("cancel_url", cancelUrl)
                        .add("rerun_url", rerunUrl)
                        .add("resume_ts", resumeTs))
                .build();
        return new StepRun(failed.executionId(), failed.position(), failed.stepName(), ExecutionStatus.PAUSED,
                failed.returnValueJson(), JsonText.write(exports), failed.logsJson(), failed.errorJson(),
                failed.startedAt(), failed.finishedAt()).numbered(failed.runs()).at(failed.path());
    }

    static StepOutcome internalError(RuntimeException e) {
        return new StepOutcome(null, "{}", List.of(),
                new StepError("InternalError", "the step could not be run: " + e.getClass().getSimpleName(), null),
                false);
    }

    /** A step whose connected account gave no credentials (unknown, dead, refresh refused): it did not run. */
    static StepOutcome accountError(String message) {
        return new StepOutcome(null, "{}", List.of(), new StepError("ConnectedAccountError", message, null), false);
    }

    private static String errorJson(StepError error, String stepName) {
        var b = Jsonp.createObjectBuilder().add("name", error.name()).add("message", error.message())
                .add("step", stepName);
        if (error.stack() != null) {
            b.add("stack", error.stack());
        }
        return JsonText.write(b.build());
    }

    private static String logsJson(List<LogEntry> logs) {
        JsonArrayBuilder a = Jsonp.createArrayBuilder();
        for (LogEntry log : logs) {
            a.add(Jsonp.createObjectBuilder().add("level", log.level()).add("ts", log.ts().toString())
                    .add("message", log.message()));
        }
        return JsonText.write(a.build());
    }
}
