package io.millrace.application.execution;

import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.ExecutionRepository;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.QueueCounts;
import io.millrace.domain.execution.StepRun;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The execution repository in memory, with the JPA adapter's rules: an insert over a stored step result fails
 * as the primary key would; a replace takes the place of a paused result and keeps a finished one. Every
 * step-result write is logged ({@code "insert ex_1:0"}, {@code "replace ex_1:1"}).
 */
public class InMemoryExecutions implements ExecutionRepository {
    private static final List<ExecutionStatus> OPEN =
            List.of(ExecutionStatus.QUEUED, ExecutionStatus.EXECUTING, ExecutionStatus.PAUSED);

    public final Map<String, Execution> executions = new LinkedHashMap<>();
    public final Map<String, StepRun> stepRuns = new TreeMap<>();
    public final List<String> writes = new ArrayList<>();
    /** While true, storing a step result fails as a database that is down would. */
    public boolean failStepWrites;

    @Override
    public Optional<Execution> execution(String id) {
        return Optional.ofNullable(executions.get(id));
    }

    @Override
    public Page<Execution> executions(String workflowId, ExecutionStatus status, PageRequest page) {
        throw new UnsupportedOperationException("not needed by the engine's tests");
    }

    @Override
    public List<StepRun> stepRuns(String executionId) {
        return stepRuns.values().stream().filter(r -> r.executionId().equals(executionId))
                .sorted(Comparator.comparingInt(StepRun::position)).toList();
    }

    @Override
    public io.millrace.shared.Page<Execution> history(String workspaceId, io.millrace.domain.execution.HistoryFilter filter,
                                                     io.millrace.shared.PageRequest page) {
        throw new UnsupportedOperationException("the workspace history is a database query: HistoryIT covers it");
    }

    @Override
    public Map<io.millrace.domain.execution.ExecutionStatus, Long> historyCounts(String workspaceId,
                                                                              io.millrace.domain.execution.HistoryFilter filter) {
        throw new UnsupportedOperationException("the workspace history is a database query: HistoryIT covers it");
    }

    @Override
    public List<String> finishedInHistory(String workspaceId, io.millrace.domain.execution.HistoryFilter filter,
                                          int limit) {
        throw new UnsupportedOperationException("the workspace history is a database query: BulkDeleteIT covers it");
    }

    @Override
    public Map<String, ExecutionStatus> statusesOf(String workspaceId, java.util.Set<String> hiddenProjects,
                                                   java.util.Collection<String> ids) {
        throw new UnsupportedOperationException("the workspace history is a database query: BulkDeleteIT covers it");
    }

    @Override
    public int deleteFinished(java.util.Collection<String> ids) {
        int deleted = 0;
        for (String id : ids) {
            Execution e = executions.get(id);
            if (e != null && e.status().finished()) {
                delete(id);
                deleted++;
            }
        }
        return deleted;
    }

    @Override
    public List<String> replaysOf(String executionId, int limit) {
        return executions.values().stream().filter(e -> executionId.equals(e.replayOf()))
                .sorted(Comparator.comparingLong(Execution::createdAt).thenComparing(Execution::id))
                .map(Execution::id).limit(limit).toList();
    }

    @Override
    public void add(Execution execution) {
        if (executions.putIfAbsent(execution.id(), execution) != null) {
            throw new IllegalStateException("duplicate key " + execution.id());
        }
    }

    @Override
    public List<Execution> executing() {
        return executions.values().stream().filter(e -> e.status() == ExecutionStatus.EXECUTING).toList();
    }

    @Override
    public List<Execution> dispatchedNotStarted() {
        return executions.values().stream().filter(e -> e.status() == ExecutionStatus.QUEUED && e.dispatched()).toList();
    }

    @Override
    public List<Execution> waitingAtGate(String workflowId, int limit) {
        return waiting(workflowId).stream()
                .sorted(Comparator.comparingLong(Execution::createdAt).thenComparing(Execution::id))
                .limit(limit).toList();
    }

    @Override
    public void cancelWaiting(String workflowId, long now) {
        waiting(workflowId).forEach(e -> e.finish(ExecutionStatus.CANCELLED, null, now));
    }

    @Override
    public long countWaiting(String workflowId) {
        return waiting(workflowId).size();
    }

    @Override
    public Map<String, Integer> inFlightByKey(String workflowId) {
        Map<String, Integer> counts = new HashMap<>();
        executions.values().stream()
                .filter(e -> e.workflowId().equals(workflowId) && e.dispatched() && OPEN.contains(e.status()))
                .forEach(e -> counts.merge(e.gateKey(), 1, Integer::sum));
        return counts;
    }

    @Override
    public QueueCounts queueCounts(String workflowId) {
        List<Execution> mine = executions.values().stream().filter(e -> e.workflowId().equals(workflowId)).toList();
        long waiting = waiting(workflowId).size();
        long dispatched = mine.stream().filter(e -> e.status() == ExecutionStatus.QUEUED && e.dispatched()).count();
        long executing = mine.stream().filter(e -> e.status() == ExecutionStatus.EXECUTING).count();
        long paused = mine.stream().filter(e -> e.status() == ExecutionStatus.PAUSED).count();
        Long oldest = waiting(workflowId).stream().map(Execution::createdAt).min(Long::compare).orElse(null);
        return new QueueCounts(waiting, dispatched, executing, paused, oldest);
    }

    @Override
    public List<String> finishedBefore(long cutoff, String afterId, int limit) {
        String after = afterId == null ? "" : afterId;
        return executions.values().stream()
                .filter(e -> e.finishedAt() != null && e.finishedAt() < cutoff && e.id().compareTo(after) > 0)
                .map(Execution::id).sorted().limit(limit).toList();
    }

    @Override
    public List<io.millrace.domain.execution.ExecutionKey> finishedOfWorkflowBefore(String workflowId,
            long createdBefore, io.millrace.domain.execution.ExecutionKey after, int limit) {
        Comparator<io.millrace.domain.execution.ExecutionKey> order = Comparator
                .comparingLong(io.millrace.domain.execution.ExecutionKey::createdAt)
                .thenComparing(io.millrace.domain.execution.ExecutionKey::id);
        return executions.values().stream()
                .filter(e -> e.workflowId().equals(workflowId) && e.createdAt() < createdBefore && e.status().finished())
                .map(e -> new io.millrace.domain.execution.ExecutionKey(e.id(), e.createdAt()))
                .filter(k -> order.compare(k, after) > 0).sorted(order).limit(limit).toList();
    }

    @Override
    public Long createdAtOfNewest(String workflowId, int n) {
        return executions.values().stream().filter(e -> e.workflowId().equals(workflowId))
                .map(Execution::createdAt).sorted(Comparator.reverseOrder()).skip(n - 1L).findFirst().orElse(null);
    }

    @Override
    public void deleteStepRuns(String executionId) {
        stepRuns.values().removeIf(r -> r.executionId().equals(executionId));
    }

    @Override
    public void delete(String executionId) {
        executions.remove(executionId);
        stepRuns.values().removeIf(r -> r.executionId().equals(executionId));
    }

    @Override
    public void insertStepRun(StepRun stepRun) {
        failIfDown();
        String key = key(stepRun);
        if (stepRuns.putIfAbsent(key, stepRun) != null) {
            throw new IllegalStateException("duplicate key " + key);
        }
        writes.add("insert " + key);
    }

    @Override
    public void updateStepRun(StepRun stepRun) {
        stepRuns.put(key(stepRun), stepRun);
    }

    @Override
    public void replaceStepRun(StepRun stepRun) {
        failIfDown();
        String key = key(stepRun);
        StepRun existing = stepRuns.get(key);
        if (existing == null || existing.status() == ExecutionStatus.PAUSED) {
            stepRuns.put(key, stepRun);
            writes.add("replace " + key);
        }
    }

    /** The stored result of a step, or null. */
    public StepRun stepRun(String executionId, int position) {
        return stepRuns.get(executionId + ":" + position);
    }

    private List<Execution> waiting(String workflowId) {
        return executions.values().stream().filter(e -> e.workflowId().equals(workflowId)
                && e.status() == ExecutionStatus.QUEUED && !e.dispatched()).toList();
    }

    private void failIfDown() {
        if (failStepWrites) {
            throw new IllegalStateException("the database is down");
        }
    }

    /** A result's id: its execution and position, and its path inside blocks (lanes share their steps' positions). */
    private static String key(StepRun run) {
        return run.id();
    }
}
