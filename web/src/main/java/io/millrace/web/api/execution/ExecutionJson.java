package io.millrace.web.api.execution;

import io.millrace.web.api.support.Renders;
import io.millrace.application.execution.ExecutionView;
import io.millrace.domain.execution.Execution;
import io.millrace.domain.execution.StepRun;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** An execution as the API shows it: summary for lists, with trigger and steps in full. */
public final class ExecutionJson {
    private ExecutionJson() {
    }

    public static JsonObjectBuilder summary(Execution e) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("id", e.id())
                .add("workflow_id", e.workflowId())
                .add("deployment_id", e.deploymentId())
                .add("status", e.status().wireName());
        Renders.addTime(b, "created_at", e.createdAt());
        Renders.addTime(b, "dispatched_at", e.dispatchedAt());
        Renders.addTime(b, "started_at", e.startedAt());
        Renders.addTime(b, "finished_at", e.finishedAt());
        if (e.startedAt() != null && e.finishedAt() != null) {
            b.add("duration_ms", e.finishedAt() - e.startedAt());
        } else {
            b.addNull("duration_ms");
        }
        Renders.addJson(b, "error", e.errorJson());
        b.add("attempts", e.attempts());
        Renders.addTime(b, "resume_at", e.resumeAt());
        if (e.replayOf() != null) {
            b.add("replay_of", e.replayOf());
        } else {
            b.addNull("replay_of");
        }
        return b.add("data_stored", e.storesData());
    }

    public static JsonObjectBuilder full(ExecutionView view) {
        Execution e = view.execution();
        JsonObjectBuilder trigger = Jsonp.createObjectBuilder();
        Renders.addJson(trigger, "event", e.eventJson());
        Renders.addJson(trigger, "context", e.contextJson());
        JsonArrayBuilder steps = Jsonp.createArrayBuilder();
        for (StepRun run : view.stepRuns()) {
            steps.add(step(run));
        }
        JsonArrayBuilder replays = Jsonp.createArrayBuilder();
        view.replays().forEach(replays::add);
        JsonObjectBuilder full = summary(e).add("replays", replays).add("trigger", trigger).add("steps", steps);
        Renders.addJson(full, "deliveries", e.deliveriesJson() == null ? "[]" : e.deliveriesJson());
        return full;
    }

    private static JsonObjectBuilder step(StepRun run) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("name", run.stepName())
                .add("status", run.status().wireName());
        if (run.path() != null) {
            // where the result sits in a workflow with control-flow blocks (docs/workflow-format.md)
            b.add("path", run.path());
        }
        Renders.addTime(b, "started_at", run.startedAt());
        Renders.addTime(b, "finished_at", run.finishedAt());
        b.add("duration_ms", run.durationMs());
        Renders.addJson(b, "$return_value", run.returnValueJson());
        Renders.addJson(b, "exports", run.exportsJson() == null ? "{}" : run.exportsJson());
        Renders.addJson(b, "logs", run.logsJson() == null ? "[]" : run.logsJson());
        Renders.addJson(b, "error", run.errorJson());
        if (run.flowExitReason() != null) {
            b.add("flow_exit", Jsonp.createObjectBuilder().add("reason", run.flowExitReason()));
        }
        if (run.emissionsJson() != null || run.emailsJson() != null || run.sseJson() != null || run.s3Json() != null) {
            JsonObjectBuilder sent = Jsonp.createObjectBuilder();
            Renders.addJson(sent, "emit", run.emissionsJson());
            Renders.addJson(sent, "email", run.emailsJson());
            Renders.addJson(sent, "sse", run.sseJson());
            Renders.addJson(sent, "s3", run.s3Json());
            b.add("destinations", sent);
        }
        b.add("reused", run.reusedFrom() != null);
        if (run.reusedFrom() != null) {
            b.add("reused_from", run.reusedFrom());
        } else {
            b.addNull("reused_from");
        }
        return b;
    }
}
