package io.millrace.web.api.source;

import io.millrace.web.api.support.Renders;
import io.millrace.domain.source.SourceRun;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObjectBuilder;

/**
 * A source run: {@code {"id", "phase", "cause", "status", "event", "logs", "error", "emitted",
 * "deduped", "created_at", "started_at", "finished_at", "duration_ms"}} (times ISO-8601, as executions).
 */
final class SourceRunJson {
    private SourceRunJson() {
    }

    static JsonObjectBuilder render(SourceRun r) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("id", r.id())
                .add("phase", r.phase())
                .add("cause", r.cause())
                .add("status", r.status());
        Renders.addJson(b, "event", r.eventJson());
        Renders.addJson(b, "logs", r.logsJson());
        Renders.addJson(b, "error", r.errorJson());
        b.add("emitted", r.emitted()).add("deduped", r.deduped());
        Renders.addTime(b, "created_at", r.createdAt());
        Renders.addTime(b, "started_at", r.startedAt() == 0 ? null : r.startedAt());
        Renders.addTime(b, "finished_at", r.finishedAt() == 0 ? null : r.finishedAt());
        if (r.finishedAt() == 0) {
            b.addNull("duration_ms");
        } else {
            b.add("duration_ms", r.finishedAt() - r.startedAt());
        }
        return b;
    }
}
