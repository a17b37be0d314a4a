package io.millrace.application.execution;

import io.millrace.application.project.ProjectAccess;
import io.millrace.domain.execution.ExecutionStatsRepository;
import io.millrace.domain.execution.ExecutionStatsRepository.HourCount;
import io.millrace.domain.execution.ExecutionStatsRepository.WorkflowFailures;
import io.millrace.domain.execution.ExecutionStatsRepository.WorkflowQueue;
import io.millrace.domain.execution.ExecutionStatsRepository.WorkflowTiming;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowRepository;
import io.millrace.domain.workspace.User;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The workspace dashboard: executions and errors per hour over the last 24 hours or 7 days (every hour named,
 * 0 when none), the queues now, and the slowest and most failing workflows of the range; the projects the caller
 * may not see are left out.
 */
@ApplicationScoped
public class WorkspaceStats {
    static final long HOUR = 3_600_000L;
    /** How many workflows each ranking names. */
    static final int TOP = 5;

    @Inject
    ExecutionStatsRepository stats;
    @Inject
    WorkflowRepository workflows;
    @Inject
    ProjectAccess projectAccess;

    /** One workflow's figures, with its name. */
    public record Named<T>(String workflowId, String name, T figures) {
    }

    /** What the dashboard shows. {@code hours} run from {@code since} to the current hour. */
    public record View(String range, long since, long until, List<HourCount> hours, long executions, long errors,
                       WorkflowQueue queueTotals, List<Named<WorkflowQueue>> queues,
                       List<Named<WorkflowTiming>> slowest, List<Named<WorkflowFailures>> mostFailing) {
    }

    public View of(User caller, String orgId, String range, long now) {
        if (orgId == null || !orgId.equals(caller.workspaceId())) {
            throw new NotFoundException("workspace " + Quoted.value(orgId) + " not found");
        }
        String wanted = range == null || range.isEmpty() ? "24h" : range;
        int hourCount = switch (wanted) {
            case "24h" -> 24;
            case "7d" -> 24 * 7;
            default -> throw new InvalidInputException("range", "range must be 24h or 7d, not " + Quoted.of(range));
        };
        long lastHour = Math.floorDiv(now, HOUR);
        long since = (lastHour - hourCount + 1) * HOUR;
        String ws = caller.workspaceId();
        Set<String> hidden = projectAccess.hidden().ids();
        Map<Long, HourCount> counted = stats.hourly(ws, hidden, since).stream()
                .collect(Collectors.toMap(HourCount::hour, Function.identity()));
        List<HourCount> hours = new ArrayList<>(hourCount);
        long executions = 0;
        long errors = 0;
        for (long h = lastHour - hourCount + 1; h <= lastHour; h++) {
            HourCount c = counted.getOrDefault(h, new HourCount(h, 0, 0));
            hours.add(c);
            executions += c.executions();
            errors += c.errors();
        }
        List<WorkflowQueue> queues = stats.queues(ws, hidden);
        WorkflowQueue totals = new WorkflowQueue(null, queues.stream().mapToLong(WorkflowQueue::queued).sum(),
                queues.stream().mapToLong(WorkflowQueue::dispatched).sum(),
                queues.stream().mapToLong(WorkflowQueue::executing).sum(),
                queues.stream().mapToLong(WorkflowQueue::paused).sum());
        return new View(wanted, since, now, hours, executions, errors, totals,
                named(ws, queues, WorkflowQueue::workflowId,
                        Comparator.comparingLong(WorkflowQueue::total).reversed(), 10),
                named(ws, stats.timings(ws, hidden, since), WorkflowTiming::workflowId,
                        Comparator.comparingLong(WorkflowTiming::averageMs).reversed(), TOP),
                named(ws, stats.failures(ws, hidden, since), WorkflowFailures::workflowId,
                        Comparator.comparingLong(WorkflowFailures::errors).reversed()
                                .thenComparing(f -> (double) f.errors() / f.executions(), Comparator.reverseOrder()), TOP));
    }

    private <T> List<Named<T>> named(String ws, List<T> rows, Function<T, String> idOf, Comparator<T> order, int limit) {
        return rows.stream().sorted(order.thenComparing(idOf)).limit(limit)
                .map(r -> new Named<>(idOf.apply(r), workflows.workflow(ws, idOf.apply(r)).map(Workflow::name)
                        .orElse(idOf.apply(r)), r))
                .toList();
    }
}
