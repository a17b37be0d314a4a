package io.millrace.web.api.execution;

import io.millrace.web.api.support.Renders;
import io.millrace.application.execution.QueueView;
import io.millrace.domain.execution.QueueCounts;
import io.millrace.domain.workflow.ExecutionControls;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObjectBuilder;

/** A workflow's queue as the API shows it. */
public final class QueueJson {
    private QueueJson() {
    }

    public static JsonObjectBuilder render(QueueView view, long now) {
        QueueCounts c = view.counts();
        ExecutionControls controls = view.controls();
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("workflow_id", view.workflow().id())
                .add("queued", c.waiting())
                .add("dispatched", c.dispatched())
                .add("in_flight", c.executing())
                .add("paused", c.paused())
                .add("queue_size", controls.queueSize());
        if (c.oldestWaitingAt() == null) {
            b.addNull("oldest_queued_age_ms");
        } else {
            b.add("oldest_queued_age_ms", Math.max(0, now - c.oldestWaitingAt()));
        }
        if (controls.concurrency() == null) {
            b.addNull("concurrency");
        } else {
            b.add("concurrency", controls.concurrency());
        }
        Renders.addNullable(b, "concurrency_key", controls.concurrencyKey());
        if (controls.throttleLimit() == null) {
            b.addNull("throttle");
        } else {
            Long start = view.workflow().windowStart();
            long interval = controls.throttleIntervalSeconds() * 1000L;
            boolean open = start != null && now < start + interval;
            JsonObjectBuilder t = Jsonp.createObjectBuilder()
                    .add("limit", controls.throttleLimit())
                    .add("interval_seconds", controls.throttleIntervalSeconds())
                    .add("window_count", open ? view.workflow().windowCount() : 0);
            Renders.addTime(t, "window_started_at", open ? start : null);
            Renders.addTime(t, "window_ends_at", open ? start + interval : null);
            b.add("throttle", t);
        }
        return b;
    }
}
