package io.millrace.domain.execution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * One run of a workflow on one event: the trigger event and context as received, where the run is,
 * and its error when it failed. Step results are {@link StepRun}s.
 */
@Entity
@Table(name = "MR_EXECUTION", indexes = {
        @Index(name = "MR_EXECUTION_WF", columnList = "workflowId,createdAt"),
        @Index(name = "MR_EXECUTION_GATE", columnList = "workflowId,status,dispatched"),
        @Index(name = "MR_EXECUTION_REPLAY", columnList = "replayOf"),
        @Index(name = "MR_EXECUTION_NEWEST", columnList = "createdAt DESC, id DESC"),
        @Index(name = "MR_EXECUTION_WF_STATUS", columnList = "workflowId,status,createdAt DESC,id DESC"),
        // status last: Derby reads a workspace's status and time range from this index rather than from
        // MR_EXECUTION_WS_STATUS (its estimates of the two tie), and with the status in it that costs no row reads
        @Index(name = "MR_EXECUTION_WS_TIME", columnList = "workspaceId,createdAt DESC,id DESC,status"),
        @Index(name = "MR_EXECUTION_WS_STATUS", columnList = "workspaceId,status,createdAt DESC,id DESC")})
public class Execution {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String workflowId;
    /**
     * The workflow's workspace, copied here so that the workspace's history is one index range; null only in rows
     * from before the column until the start-up fills it ({@code infrastructure.persistence.HistorySchema}).
     */
    @Column(length = 32)
    private String workspaceId;
    @Column(nullable = false, length = 32)
    private String deploymentId;
    @Column(length = 32)
    private String triggerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExecutionStatus status;
    /** The value of the workflow's concurrency key for this event ("" without a key). */
    @Column(nullable = false)
    private String gateKey = "";
    /** True once the gate let the execution go to the workers. */
    private boolean dispatched;
    private Long dispatchedAt;
    @Lob
    private String eventJson;
    @Lob
    private String contextJson;
    @Lob
    private String errorJson;
    /** What became of its destinations' deliveries (see {@link #recordDelivery}); null: none recorded. */
    @Lob
    private String deliveriesJson;
    /** The error's name and message, lower-case, for the history's text search ({@link ErrorText}); null without one. */
    @Column(length = ErrorText.MAX)
    private String errorText;
    /** Messages for this execution carry this token; older ones (superseded by a rerun) are skipped. */
    private int runToken;
    /** Retries done after failed steps. */
    private int attempts;
    /**
     * Times a worker took the execution up while it was still executing (its message came back after the server
     * stopped mid-run), since it last got past the steps that may have been running then; null counts as 0.
     */
    private Integer interruptions;
    private Long resumeAt;
    /** The execution this one replays (its trigger event, run again), or null. */
    @Column(length = 32)
    private String replayOf;
    /**
     * True when the execution keeps no data (the workflow's {@code data_retention: false}, or {@code x-pd-nostore});
     * null in rows from before the setting: false.
     */
    private Boolean noData;
    private long createdAt;
    private Long startedAt;
    private Long finishedAt;

    protected Execution() {
    }

    public Execution(String id, String workflowId, String deploymentId, String triggerId, String eventJson,
                     String contextJson, long createdAt) {
        this.id = id;
        this.workflowId = workflowId;
        this.deploymentId = deploymentId;
        this.triggerId = triggerId;
        this.eventJson = eventJson;
        this.contextJson = contextJson;
        this.createdAt = createdAt;
        this.status = ExecutionStatus.QUEUED;
    }

    /**
     * Lets the execution through the gate at {@code now} (its id is being sent to the workers). It stays
     * queued.
     *
     * @throws IllegalStateException unless it is queued and not dispatched yet
     */
    public void dispatch(long now) {
        require(status == ExecutionStatus.QUEUED && !dispatched, "be dispatched");
        dispatched = true;
        dispatchedAt = now;
    }

    /** Records the workspace of the execution's workflow (for the workspace's history). */
    public void inWorkspace(String id) {
        workspaceId = id;
    }

    public String workspaceId() {
        return workspaceId;
    }

    /** The execution this one replays, or null when it ran on an event of its own. */
    public String replayOf() {
        return replayOf;
    }

    /** Marks this execution as a replay of {@code originalId}. */
    public void replayOf(String originalId) {
        replayOf = originalId;
    }

    public void gateKey(String key) {
        gateKey = key == null ? "" : key;
    }

    /**
     * Whether a message with {@code token} may run this execution now: it is not finished and the
     * token is current (a redelivered message after a crash has the current token too).
     */
    public boolean runnableBy(int token) {
        return !status.finished() && token == runToken;
    }

    /**
     * A worker runs the execution: queued, paused (a retry or a delay is due) or executing (its message was
     * redelivered after a crash: one more {@linkplain #interruptions() interruption}) becomes executing.
     *
     * @throws IllegalStateException when it has finished
     */
    public void start(long now) {
        require(!status.finished(), "start");
        if (status == ExecutionStatus.EXECUTING) {
            interruptions = interruptions() + 1;
        }
        status = ExecutionStatus.EXECUTING;
        resumeAt = null;
        if (startedAt == null) {
            startedAt = now;
        }
    }

    /**
     * Waits to retry a failed step at {@code at}: executing becomes paused, with one more attempt; the
     * execution keeps its place at the gate.
     *
     * @throws IllegalStateException unless it is executing
     */
    public void pause(long at) {
        require(status == ExecutionStatus.EXECUTING, "pause to retry a step");
        status = ExecutionStatus.PAUSED;
        attempts++;
        resumeAt = at;
        interruptions = null;
    }

    /**
     * Waits, after a step called {@code $.flow.delay}, until {@code at}: executing becomes paused; the
     * execution keeps its place at the gate.
     *
     * @throws IllegalStateException unless it is executing
     */
    public void delay(long at) {
        require(status == ExecutionStatus.EXECUTING, "pause for a delay");
        status = ExecutionStatus.PAUSED;
        resumeAt = at;
        interruptions = null;
    }

    /**
     * The run after an interruption has stored the result of a step with effects: the steps that may have been
     * running when the server stopped are behind it, so the interruptions no longer count for the next steps.
     */
    public void passInterruptions() {
        interruptions = null;
    }

    /**
     * Supersedes every message sent so far; returns the token of the next one.
     *
     * @throws IllegalStateException when it has finished
     */
    public int newRunToken() {
        require(!status.finished(), "get a new run token");
        return ++runToken;
    }

    /**
     * Ends the execution with {@code outcome}, a final status; {@code errorJson} is null on success.
     * Callers that may meet an execution that has ended meanwhile (e.g. cancelled while its step ran) check
     * {@link ExecutionStatus#finished()} first: ending it again is ignored there, never here.
     *
     * @throws IllegalStateException when it has already finished, or {@code outcome} is not a final status
     */
    public void finish(ExecutionStatus outcome, String errorJson, long now) {
        require(!status.finished(), "finish");
        if (!outcome.finished()) {
            throw new IllegalStateException("execution " + id + " cannot finish as " + outcome.wireName());
        }
        status = outcome;
        this.errorJson = errorJson;
        this.errorText = ErrorText.searchable(errorJson);
        if (startedAt == null) {
            startedAt = now;
        }
        finishedAt = now;
    }

    private void require(boolean allowed, String transition) {
        if (!allowed) {
            throw new IllegalStateException("execution " + id + " cannot " + transition + " while "
                    + status.wireName() + (dispatched && status == ExecutionStatus.QUEUED ? " (dispatched)" : ""));
        }
    }

    /** The execution will keep no event, step results, logs or exports once it has finished ({@link #dropData()}). */
    public void keepNoData() {
        noData = true;
    }

    /** Whether the execution keeps its event and step data (see {@link #keepNoData()}). */
    public boolean storesData() {
        return !Boolean.TRUE.equals(noData);
    }

    /**
     * Forgets the event of an execution that keeps no data, once it has finished: it keeps its context (ids and
     * times), status, error and timings. Its step results are deleted by the caller.
     *
     * @throws IllegalStateException when it keeps its data or has not finished
     */
    public void dropData() {
        require(!storesData() && status.finished(), "drop its data");
        eventJson = null;
    }

    public int runToken() { return runToken; }
    public int attempts() { return attempts; }
    /** See {@link #start(long)} and {@link #passInterruptions()}. */
    public int interruptions() { return interruptions == null ? 0 : interruptions; }
    public Long resumeAt() { return resumeAt; }
    public String gateKey() { return gateKey; }
    public boolean dispatched() { return dispatched; }
    public Long dispatchedAt() { return dispatchedAt; }
    public String id() { return id; }
    public String workflowId() { return workflowId; }
    public String deploymentId() { return deploymentId; }
    public String triggerId() { return triggerId; }
    public ExecutionStatus status() { return status; }
    public String eventJson() { return eventJson; }
    public String contextJson() { return contextJson; }
    public String errorJson() { return errorJson; }
    public String deliveriesJson() { return deliveriesJson; }

    /**
     * Records a destination delivery's latest state: {@code deliveriesJson} becomes the JSON array of every
     * delivery's latest state, in the order they were first recorded (computed by the caller from the current one).
     */
    public void recordDelivery(String newDeliveriesJson) {
        this.deliveriesJson = newDeliveriesJson;
    }
    /** See {@link ErrorText}. */
    public String errorText() { return errorText; }
    public long createdAt() { return createdAt; }
    public Long startedAt() { return startedAt; }
    public Long finishedAt() { return finishedAt; }
}
