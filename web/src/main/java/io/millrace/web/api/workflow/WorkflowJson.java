package io.millrace.web.api.workflow;

import io.millrace.web.api.support.Renders;
import io.millrace.application.workflow.WorkflowView;
import io.millrace.domain.workflow.EmailTrigger;
import io.millrace.domain.workflow.HttpTrigger;
import io.millrace.domain.workflow.StepSpec;
import io.millrace.domain.workflow.ScheduleEvent;
import io.millrace.domain.workflow.ScheduleTimer;
import io.millrace.domain.workflow.TriggerSpec;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDefinition;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;

/** A workflow as the API shows it. */
final class WorkflowJson {
    /** How many next fire times a schedule trigger shows. */
    static final int NEXT_FIRE_TIMES = 5;
    private WorkflowJson() {
    }

    static JsonObjectBuilder render(WorkflowView view, String endpointBaseUrl) {
        Workflow w = view.workflow();
        WorkflowDefinition definition = view.deployment().definition();
        boolean customResponse = view.deployment().customResponse();
        JsonArrayBuilder triggers = Jsonp.createArrayBuilder();
        java.util.List<TriggerSpec> httpSpecs = definition.triggers().stream()
                .filter(t -> TriggerSpec.HTTP.equals(t.type())).toList();
        for (HttpTrigger t : view.httpTriggers()) {
            // auth only for a trigger that has one: a public trigger keeps the seed's shape
            String authType = t.position() < httpSpecs.size() ? httpSpecs.get(t.position()).auth().type() : "none";
            JsonObjectBuilder trigger = Jsonp.createObjectBuilder()
                    .add("id", t.id())
                    .add("type", "http")
                    .add("key", t.key())
                    .add("endpoint_url", endpointBaseUrl + "/e/" + t.key())
                    .add("custom_response", customResponse);
            if (!"none".equals(authType)) {
                trigger.add("auth", Jsonp.createObjectBuilder().add("type", authType));
            }
            triggers.add(trigger.add("created_at", Renders.seconds(t.createdAt()))
                    .add("updated_at", Renders.seconds(t.updatedAt())));
        }
        for (EmailTrigger t : view.emailTriggers()) {
            triggers.add(Jsonp.createObjectBuilder().add("id", t.id()).add("type", TriggerSpec.EMAIL)
                    .add("key", t.key()).add("email_address", view.emailAddress(t))
                    .add("created_at", Renders.seconds(t.createdAt())).add("updated_at", Renders.seconds(t.updatedAt())));
        }
        int schedules = 0;
        long now = System.currentTimeMillis();
        for (TriggerSpec t : definition.triggers()) {
            if (TriggerSpec.SOURCE.equals(t.type())) {
                triggers.add(Jsonp.createObjectBuilder().add("type", t.type()).add("source_id", t.sourceId()));
            } else if (TriggerSpec.SCHEDULE.equals(t.type())) {
                String id = ScheduleEvent.triggerId(w.id(), schedules++);
                triggers.add(schedule(t, id, view.scheduleTimers().get(id), now));
            }
        }
        JsonArrayBuilder steps = Jsonp.createArrayBuilder();
        for (StepSpec s : definition.steps()) {
            steps.add(s.toJson());
        }
        return Jsonp.createObjectBuilder()
                .add("id", w.id())
                .add("name", w.name())
                .add("active", w.active())
                .add("org_id", w.workspaceId())
                .add("project_id", w.projectId())
                .add("folder_id", w.folderId() == null ? JsonValue.NULL : Jsonp.createValue(w.folderId()))
                .add("version", w.version())
                .add("deployment_id", w.deploymentId())
                .add("triggers", triggers)
                .add("steps", steps)
                .add("settings", definition.settings())
                .add("created_at", Renders.seconds(w.createdAt()))
                .add("updated_at", Renders.seconds(w.updatedAt()));
    }

    /**
     * A schedule trigger: its id (for Run Now), its timer, and its next {@value #NEXT_FIRE_TIMES} fire times, from
     * its stored timer when there is one for this schedule (null: computed from {@code now}).
     */
    private static JsonObjectBuilder schedule(TriggerSpec t, String id, ScheduleTimer stored, long now) {
        JsonArrayBuilder next = Jsonp.createArrayBuilder();
        List<Long> times = stored != null && stored.runs(t.schedule())
                ? ScheduleEvent.from(t.schedule(), stored.nextFireAt(), NEXT_FIRE_TIMES)
                : ScheduleEvent.next(t.schedule(), now, NEXT_FIRE_TIMES);
        times.forEach(ms -> next.add(java.time.Instant.ofEpochMilli(ms).toString()));
        return Jsonp.createObjectBuilder().add("id", id).add("type", t.type())
                .addAll(Jsonp.createObjectBuilder(t.schedule().toJson()))
                .addAll(t.schedule().cron() == null ? Jsonp.createObjectBuilder()
                        : Jsonp.createObjectBuilder().add("timezone", ScheduleEvent.zone(t.schedule()).getId()))
                .add("next_fire_times", next);
    }
}
