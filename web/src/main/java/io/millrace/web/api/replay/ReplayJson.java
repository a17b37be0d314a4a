package io.millrace.web.api.replay;

import io.millrace.application.replay.ReplayJobView;
import io.millrace.domain.replay.ReplayItem;
import io.millrace.domain.replay.ReplayJob;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Renders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** A replay job as JSON. */
final class ReplayJson {
    private ReplayJson() {
    }

    static JsonObjectBuilder of(ReplayJobView view) {
        ReplayJob job = view.job();
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("id", job.id())
                .add("status", job.status().wireName())
                .add("selected_by", job.selectedBy());
        if (job.filterJson() == null) {
            b.addNull("filter");
        } else {
            b.add("filter", JsonText.parseObject(job.filterJson()));
        }
        b.add("total", job.total())
                .add("done", job.done())
                .add("failed", job.failed())
                .add("skipped", job.skipped())
                .add("pending", Math.max(0, job.total() - job.handled()))
                .add("rate_per_second", view.progress().ratePerSecond());
        Renders.addTime(b, "estimated_end_at", view.progress().estimatedEndAt());
        Renders.addTime(b, "created_at", job.createdAt());
        b.add("created_by", job.createdBy());
        Renders.addTime(b, "started_at", job.runStartedAt());
        Renders.addTime(b, "finished_at", job.finishedAt());
        Renders.addTime(b, "updated_at", job.updatedAt());
        JsonArrayBuilder problems = Jsonp.createArrayBuilder();
        for (ReplayItem item : view.problems()) {
            problems.add(Jsonp.createObjectBuilder().add("execution_id", item.executionId())
                    .add("outcome", item.state().wireName()).add("reason", item.reason() == null ? "" : item.reason()));
        }
        return b.add("problems", problems);
    }
}
