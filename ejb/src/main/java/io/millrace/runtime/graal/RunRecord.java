package io.millrace.runtime.graal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.millrace.runtime.LogEntry;
import io.millrace.runtime.StepError;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.graal.host.HostBytes;
import io.millrace.runtime.graal.host.RunExtras;

/**
 * What one run records through the bridge: its console lines, its exports, how run's promise settled
 * (return value or error), {@code $.flow.exit}, whether the run had effects outside its result, and
 * whether its {@code $.send.http} requests are still being delivered.
 *
 * <p>It enforces the function payload limit: once the run's logs, exports and return value together
 * exceed the run's budget, the run fails with "Function Payload Limit Exceeded", nothing more is
 * recorded, the guest call that crossed the limit throws {@link PayloadLimitExceeded}, and the run is
 * stopped (the {@link RunScope}'s stop).
 */
final class RunRecord {

    static final int MAX_LOGS = 10_000;
    static final int MAX_LOG_CHARS = 64 * 1024;
    static final String PAYLOAD_LIMIT_EXCEEDED = "Function Payload Limit Exceeded";

    private final List<LogEntry> logs = new ArrayList<>();
    private final Map<String, String> exports = new LinkedHashMap<>();
    private RunScope scope = RunScope.VALIDATION;
    private long logBytes;
    private long exportBytes;
    private boolean payloadExceeded;
    private boolean settled;
    private boolean delivering;
    private String returnValueJson;
    private StepError error;
    private String flowExitReason;
    private boolean effects;

    /** The budget and stop of the run being recorded. */
    void scope(RunScope runScope) {
        this.scope = runScope;
    }

    /** Forgets everything recorded, for the next step of the same execution. */
    void reset() {
        logs.clear();
        exports.clear();
        logBytes = 0;
        exportBytes = 0;
        payloadExceeded = false;
        settled = false;
        delivering = false;
        returnValueJson = null;
        error = null;
        flowExitReason = null;
        effects = false;
    }

    /** A console line from the step; throws once the payload limit is exceeded. */
    Object log(String level, String message) {
        if (!record(level, message)) {
            throw new PayloadLimitExceeded(error.message());
        }
        return null;
    }

    /** Records a log line (the step's or Millrace's own); false once the payload limit is exceeded. */
    boolean record(String level, String message) {
        if (payloadExceeded) {
            return false;
        }
        if (logs.size() < MAX_LOGS) {
            String text = message.length() > MAX_LOG_CHARS ? message.substring(0, MAX_LOG_CHARS) + "... (truncated)" : message;
            logBytes += HostBytes.utf8Length(text);
            if (overBudget()) {
                return false;
            }
            logs.add(new LogEntry(level, Instant.now(), text));
        } else if (logs.size() == MAX_LOGS) {
            logs.add(new LogEntry("warn", Instant.now(), "further console output was dropped (more than " + MAX_LOGS + " lines)"));
        }
        return true;
    }

    /** {@code entryJson} is the JSON member {@code "name":value}, or null to remove the export. */
    Object export(String name, String entryJson) {
        if (payloadExceeded) {
            throw new PayloadLimitExceeded(error.message());
        }
        String old = entryJson == null ? exports.remove(name) : exports.put(name, entryJson);
        // a re-export keeps its place, as in a JavaScript object
        exportBytes += (entryJson == null ? 0 : HostBytes.utf8Length(entryJson)) - (old == null ? 0 : HostBytes.utf8Length(old));
        if (overBudget()) {
            if (old == null) {
                exports.remove(name); // the export that did not fit is not kept
            } else {
                exports.put(name, old);
            }
            throw new PayloadLimitExceeded(error.message());
        }
        return null;
    }

    /** True (and the run failed and is being stopped) when logs, exports and return value exceed the budget. */
    private boolean overBudget() {
        long total = logBytes + exportBytes + (returnValueJson == null ? 0 : HostBytes.utf8Length(returnValueJson));
        if (total <= scope.payloadBudget()) {
            return false;
        }
        payloadExceeded = true;
        String message = "this step's logs, exports and return value reached " + total + " bytes, more than the "
                + scope.payloadBudget() + " bytes left to it of the " + StepInvocation.FUNCTION_PAYLOAD_LIMIT_BYTES / (1024 * 1024)
                + " MB function payload limit, which the event and all steps' logs and exports share. "
                + "Write large data to /tmp instead of logging, exporting or returning it.";
        settled = true;
        returnValueJson = null;
        error = new StepError(PAYLOAD_LIMIT_EXCEEDED, message, PAYLOAD_LIMIT_EXCEEDED + ": " + message);
        scope.stop().run();
        return true;
    }

    /**
     * Settles the run as succeeded; {@code deliver}: the step has {@code $.send.http} requests to send.
     * Returns whether they may go out now (not when the run settled already or exceeded the payload limit).
     */
    Object succeed(String json, boolean deliver) {
        if (!settled) {
            settled = true;
            returnValueJson = json;
            boolean over = overBudget();
            delivering = deliver && !over;
            effects |= delivering; // $.send.http requests go out now
            return delivering;
        }
        return false;
    }

    /** The step's {@code $.send.http} requests were delivered. */
    Object delivered() {
        delivering = false;
        return null;
    }

    /** Settles the run as failed, unless it already settled. */
    Object fail(StepError stepError) {
        if (!settled) {
            settled = true;
            error = stepError;
        }
        return null;
    }

    /** Settles the run as failed with {@code stepError}, replacing a success it settled with. */
    void failOver(StepError stepError) {
        if (!settled || error == null) {
            settled = true;
            delivering = false;
            returnValueJson = null;
            error = stepError;
        }
    }

    /** {@code $.flow.exit(reason)}: the first call's reason wins, as the execution ends after this step anyway. */
    Object flowExit(String reason) {
        if (flowExitReason == null) {
            flowExitReason = reason;
        }
        return null;
    }

    /** The run called a bridge function with effects outside its result. */
    void effects() {
        effects = true;
    }

    boolean settled() {
        return settled;
    }

    /** True when the run settled and nothing is left to do: the requests of {@code $.send.http} were delivered. */
    boolean finished() {
        return settled && !delivering;
    }

    /** What the run did, with what {@code extras} collected. */
    StepOutcome outcome(boolean timedOut, RunExtras extras) {
        String exportsJson = "{" + String.join(",", exports.values()) + "}";
        return extras.finish(new StepOutcome(timedOut ? null : returnValueJson, exportsJson, List.copyOf(logs),
                timedOut ? null : error, timedOut, flowExitReason)).withEffects(effects || timedOut || extras.effects());
    }
}
