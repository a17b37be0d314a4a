package io.millrace.web.api.execution;

import io.millrace.application.execution.WorkspaceStats;
import io.millrace.domain.execution.ExecutionStatsRepository.HourCount;
import io.millrace.domain.execution.ExecutionStatsRepository.WorkflowFailures;
import io.millrace.domain.execution.ExecutionStatsRepository.WorkflowQueue;
import io.millrace.domain.execution.ExecutionStatsRepository.WorkflowTiming;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Renders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.BiConsumer;

/** The dashboard's figures as the API shows them. */
final class StatsJson {
    private static final long HOUR = 3_600_000L;

    private StatsJson() {
    }

    static JsonObjectBuilder render(WorkspaceStats.View view) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("range", view.range());
        Renders.addTime(b, "since", view.since());
        Renders.addTime(b, "until", view.until());
        JsonArrayBuilder hours = Jsonp.createArrayBuilder();
        for (HourCount h : view.hours()) {
            JsonObjectBuilder hour = Jsonp.createObjectBuilder();
            Renders.addTime(hour, "start", h.hour() * HOUR);
            hours.add(hour.add("executions", h.executions()).add("errors", h.errors()));
        }
        WorkflowQueue totals = view.queueTotals();
        return b.add("executions", view.executions()).add("errors", view.errors()).add("hours", hours)
                .add("queues", queue(Jsonp.createObjectBuilder(), totals)
                        .add("workflows", list(view.queues(), (o, q) -> queue(o, q))))
                .add("slowest", list(view.slowest(), StatsJson::timing))
                .add("most_failing", list(view.mostFailing(), StatsJson::failures));
    }

    private static <T> JsonArrayBuilder list(List<WorkspaceStats.Named<T>> rows, BiConsumer<JsonObjectBuilder, T> fill) {
        JsonArrayBuilder out = Jsonp.createArrayBuilder();
        for (WorkspaceStats.Named<T> row : rows) {
            JsonObjectBuilder o = Jsonp.createObjectBuilder().add("workflow_id", row.workflowId()).add("name", row.name());
            fill.accept(o, row.figures());
            out.add(o);
        }
        return out;
    }

    private static JsonObjectBuilder queue(JsonObjectBuilder o, WorkflowQueue q) {
        return o.add("queued", q.queued()).add("dispatched", q.dispatched()).add("in_flight", q.executing())
                .add("paused", q.paused());
    }

    private static void timing(JsonObjectBuilder o, WorkflowTiming t) {
        o.add("executions", t.finished()).add("average_duration_ms", t.averageMs())
                .add("longest_duration_ms", t.longestMs());
    }

    private static void failures(JsonObjectBuilder o, WorkflowFailures f) {
        o.add("executions", f.executions()).add("errors", f.errors())
                .add("error_rate", Math.round(1000.0 * f.errors() / f.executions()) / 1000.0);
    }
}
