package io.millrace.infrastructure.metrics;

import io.millrace.application.execution.ExecutionMetrics;
import io.millrace.domain.execution.ExecutionRepository;
import io.millrace.domain.execution.ExecutionStatus;
import io.millrace.domain.execution.QueueCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Per-workflow metrics in the application registry, served by Liberty at {@code /metrics}
 * (Prometheus format): {@code millrace_executions_total{workflow,status}},
 * {@code millrace_execution_duration_seconds{workflow}}, and the queue gauges
 * {@code millrace_queue_waiting}, {@code _dispatched}, {@code _in_flight}, {@code _paused} and
 * {@code millrace_queue_oldest_waiting_age_ms}. A workflow's gauges appear with its first finished
 * execution and read the database when scraped (at most once a second per workflow).
 */
@ApplicationScoped
public class MicroProfileExecutionMetrics implements ExecutionMetrics {
    private static final Map<String, ToLongFunction<QueueCounts>> GAUGES = Map.of(
            "millrace_queue_waiting", QueueCounts::waiting,
            "millrace_queue_dispatched", QueueCounts::dispatched,
            "millrace_queue_in_flight", QueueCounts::executing,
            "millrace_queue_paused", QueueCounts::paused,
            "millrace_queue_oldest_waiting_age_ms",
            c -> c.oldestWaitingAt() == null ? 0 : Math.max(0, System.currentTimeMillis() - c.oldestWaitingAt()));

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;
    @Inject
    ExecutionRepository executions;

    private final Set<String> gauged = ConcurrentHashMap.newKeySet();
    /** The last queue reading per workflow: the five gauges of one scrape share one database read. */
    private final Map<String, Reading> readings = new ConcurrentHashMap<>();

    private record Reading(long at, QueueCounts counts) {
    }

    @Override
    public void finished(String workflowId, ExecutionStatus status, Long durationMillis) {
        Tag workflow = new Tag("workflow", workflowId);
        registry.counter("millrace_executions_total", workflow, new Tag("status", status.wireName())).inc();
        if (durationMillis != null) {
            registry.timer("millrace_execution_duration", workflow).update(Duration.ofMillis(durationMillis));
        }
        if (gauged.add(workflowId)) {
            GAUGES.forEach((name, read) -> registry.gauge(name, workflowId,
                    id -> read.applyAsLong(counts(id)), workflow));
        }
    }

    private QueueCounts counts(String workflowId) {
        long now = System.currentTimeMillis();
        return readings.compute(workflowId, (id, last) -> last != null && now - last.at() < 1000 ? last
                : new Reading(now, executions.queueCounts(id))).counts();
    }
}
