package io.millrace.domain.execution;

import io.millrace.shared.JsonText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * The stored result of one step of one execution: status, return value, exports, console logs,
 * error and timings. A finished step's result is never recomputed.
 */
@Entity
@Table(name = "MR_STEP_RUN", indexes = @Index(name = "MR_STEP_RUN_EX", columnList = "executionId,position"))
public class StepRun {
    @Id
    @Column(length = 40)
    private String id;
    @Column(nullable = false, length = 32)
    private String executionId;
    private int position;
    @Column(nullable = false)
    private String stepName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExecutionStatus status;
    @Lob
    private String returnValueJson;
    @Lob
    private String exportsJson;
    @Lob
    private String logsJson;
    @Lob
    private String errorJson;
    @Column(length = 1024)
    private String flowExitReason;
    /** JSON array of the step's {@code $.send.emit} events ({@code {"event", "channel"}}), or null: none. */
    @Lob
    private String emissionsJson;
    /** JSON array of the step's {@code $.send.email} emails ({@code {"subject", "text", "html"}}), or null: none. */
    @Lob
    private String emailsJson;
    /** JSON array of the step's {@code $.send.sse} events ({@code {"channel", "payload"}}), or null: none. */
    @Lob
    private String sseJson;
    /** JSON array of the step's {@code $.send.s3} payloads ({@code {"bucket", "prefix", "payload"}}), or null: none. */
    @Lob
    private String s3Json;
    /**
     * What the step waits for, or null: {@code {"kind":"suspend"}} while its {@code $.flow.suspend} waits for the
     * resume URL; {@code {"kind":"rerun","context":...}} (and {@code "callback_request"} once the resume URL was
     * called) on the paused result of a step that asked for {@code $.flow.rerun}.
     */
    @Lob
    private String waitJson;
    private long startedAt;
    private long finishedAt;
    /** Which run of the step in its execution this result came from ({@code $.context.run.runs}); null counts as 1. */
    private Integer runs;
    /**
     * The execution where the step really ran when this result was reused from it (a replay from a later step), or
     * null when the step ran in this execution.
     */
    @Column(length = 32)
    private String reusedFrom;
    /**
     * Where the result sits in a workflow with control-flow blocks: the names from the top, separated by '/', e.g.
     * {@code route/big/notify} (step notify of branch big of block route), {@code each/3/notify} (item 3 of loop
     * each), {@code route/$start} (the block's start phase: which branches run). Null for the steps and block ends
     * of the top segment, whose key is their name.
     */
    @Column(length = 1024)
    private String path;

    protected StepRun() {
    }

    public StepRun(String executionId, int position, String stepName, ExecutionStatus status, String returnValueJson,
                   String exportsJson, String logsJson, String errorJson, long startedAt, long finishedAt) {
        this.id = idOf(executionId, position);
        this.executionId = executionId;
        this.position = position;
        this.stepName = stepName;
        this.status = status;
        this.returnValueJson = returnValueJson;
        this.exportsJson = exportsJson;
        this.logsJson = logsJson;
        this.errorJson = errorJson;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
    }

    /**
     * The id of the result of the step at {@code position} of the execution: the same for every run of that step
     * in that execution, and the step's {@code $.context.step_run_id}.
     */
    public static String idOf(String executionId, int position) {
        return executionId + ":" + position;
    }

    /**
     * The id of a result at {@code path} (see {@link #key}): as {@link #idOf(String, int)} for the top segment (a
     * workflow without blocks keeps its ids); else {@code <execution id>:p} and 11 hex digits of the path's
     * SHA-256, since phases of a block and the items of a loop share positions.
     */
    public static String idOf(String executionId, int position, String path) {
        if (path == null) {
            return idOf(executionId, position);
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return executionId + ":p" + java.util.HexFormat.of().formatHex(digest).substring(0, 11);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Places this result at {@code path} (null: the top segment), which also gives its id. */
    public StepRun at(String path) {
        this.path = path;
        this.id = idOf(executionId, position, path);
        return this;
    }

    /** Sets when the phase of a block this result records started and finished. */
    public StepRun timed(long started, long finished) {
        this.startedAt = started;
        this.finishedAt = finished;
        return this;
    }

    /** Where the result sits (see {@link #at}); null for the top segment. */
    public String path() {
        return path;
    }

    /** What the orchestrator knows the result by: its path, or for the top segment its step's name. */
    public String key() {
        return path != null ? path : stepName;
    }

    /** Records which run of the step this was ({@code $.context.run.runs}, from 1). */
    public StepRun numbered(int run) {
        this.runs = run;
        return this;
    }

    /**
     * Records that the step called {@code $.flow.exit(reason)}: the execution ends after it. The
     * reason is stored behind a '#' so that an empty reason stays distinct from "not called" on
     * databases that store "" as NULL.
     */
    public StepRun exitedFlow(String reason) {
        this.flowExitReason = "#" + reason;
        return this;
    }

    /** The reason given to {@code $.flow.exit}, "" when none, or null when the step did not call it. */
    public String flowExitReason() {
        return flowExitReason == null ? null : flowExitReason.substring(1);
    }

    /** Records what the step sent to destinations (JSON arrays, null when none); they go out when the execution ends. */
    public StepRun sent(String emissions, String emails) {
        this.emissionsJson = emissions;
        this.emailsJson = emails;
        return this;
    }

    /**
     * This result as the stored result of the same step of {@code executionId}, which reuses it instead of running
     * the step (a replay from a later step): the same values, logs, timings and run number, marked with the
     * execution where the step ran. What the step sent ({@code $.send.emit}, {@code $.send.email}) is left out: it
     * went out with the execution that ran it, and is not sent again.
     */
    public StepRun reusedIn(String executionId) {
        StepRun copy = new StepRun(executionId, position, stepName, status, returnValueJson, exportsJson, logsJson,
                errorJson, startedAt, finishedAt);
        copy.flowExitReason = flowExitReason;
        copy.runs = runs;
        copy.at(path);
        copy.reusedFrom = reusedFrom != null ? reusedFrom : this.executionId;
        return copy;
    }

    /** Records what the step sent to its workflow's SSE stream and to S3 (JSON arrays, null when none). */
    public StepRun sentToDestinations(String sse, String s3) {
        this.sseJson = sse;
        this.s3Json = s3;
        return this;
    }

    /** Records what the step waits for (see {@link #waitJson()}); null: nothing. */
    public StepRun waiting(String wait) {
        this.waitJson = wait;
        return this;
    }

    /** A resume URL was called: the suspended step has {@code exportsJson} (with {@code $resume_data}) and waits no more. */
    public void resumed(String newExportsJson) {
        this.exportsJson = newExportsJson;
        this.waitJson = null;
    }

    /** What the step waits for: see the field; null when nothing. */
    public String waitJson() {
        return waitJson;
    }

    /** True while the step's {@code $.flow.suspend} waits for its resume URL (after its time, the execution is cancelled). */
    public boolean suspended() {
        return waitJson != null && status == ExecutionStatus.SUCCESS
                && "suspend".equals(JsonText.parseObject(waitJson).getString("kind", null));
    }

    public String sseJson() { return sseJson; }
    public String s3Json() { return s3Json; }

    /** The execution whose run of the step this result is, when it was reused from there; null when it ran here. */
    public String reusedFrom() {
        return reusedFrom;
    }

    /** The name of the step's error (e.g. {@code TypeError}, {@code TIMEOUT}), or null when it did not fail. */
    public String errorName() {
        return errorJson == null ? null : JsonText.parseObject(errorJson).getString("name", null);
    }

    /** Which run of the step this result came from, 1 for the first (see {@link #numbered(int)}). */
    public int runs() { return runs == null ? 1 : runs; }
    public String id() { return id; }
    public String emissionsJson() { return emissionsJson; }
    public String emailsJson() { return emailsJson; }
    public String executionId() { return executionId; }
    public int position() { return position; }
    public String stepName() { return stepName; }
    public ExecutionStatus status() { return status; }
    public String returnValueJson() { return returnValueJson; }
    public String exportsJson() { return exportsJson; }
    public String logsJson() { return logsJson; }
    public String errorJson() { return errorJson; }
    public long startedAt() { return startedAt; }
    public long finishedAt() { return finishedAt; }
    public long durationMs() { return finishedAt - startedAt; }
}
