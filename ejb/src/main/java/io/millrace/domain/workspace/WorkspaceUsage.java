package io.millrace.domain.workspace;

/** What a workspace's workflows have used since a moment: executions started and compute time. */
public interface WorkspaceUsage {
    /** Executions of the workspace's workflows created at or after {@code sinceMillis}. */
    long invocationsSince(String workspaceId, long sinceMillis);

    /** Milliseconds from start to finish of the workspace's executions that finished at or after {@code sinceMillis}. */
    long computeMillisSince(String workspaceId, long sinceMillis);
}
