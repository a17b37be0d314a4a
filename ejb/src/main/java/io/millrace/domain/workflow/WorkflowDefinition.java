package io.millrace.domain.workflow;

import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a workflow does: its name, triggers, steps and settings. The JSON form is documented in
 * docs/workflow-format.md; {@link DefinitionParser} turns client input into one.
 */
public record WorkflowDefinition(String name, List<TriggerSpec> triggers, List<StepSpec> steps, JsonObject settings) {
    private static final Pattern RESPOND_CALL = Pattern.compile("\\$\\s*\\.\\s*respond\\s*\\(");

    /** Seconds an execution may run when the settings name no {@code timeout_seconds}. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;

    /** True when any step calls {@code $.respond(...)}, so HTTP callers wait for that response. */
    public boolean usesCustomResponse() {
        return codeSteps().stream().anyMatch(s -> s.code() != null && RESPOND_CALL.matcher(s.code()).find());
    }

    /** Every code and action step, those inside control-flow blocks too, in definition order. */
    public List<StepSpec> codeSteps() {
        return steps.stream().flatMap(StepSpec::flatten).filter(s -> !s.isBlock()).toList();
    }

    /** Whether any step is a control-flow block. */
    public boolean hasBlocks() {
        return steps.stream().anyMatch(StepSpec::isBlock);
    }

    public int timeoutSeconds() {
        JsonValue v = settings.get("timeout_seconds");
        return v instanceof jakarta.json.JsonNumber n ? n.intValue() : DEFAULT_TIMEOUT_SECONDS;
    }

    public long httpTriggerCount() {
        return triggers.stream().filter(t -> TriggerSpec.HTTP.equals(t.type())).count();
    }

    public long emailTriggerCount() {
        return triggers.stream().filter(t -> TriggerSpec.EMAIL.equals(t.type())).count();
    }

    public JsonObject toJson() {
        JsonArrayBuilder t = Jsonp.createArrayBuilder();
        triggers.forEach(x -> t.add(x.toJson()));
        JsonArrayBuilder s = Jsonp.createArrayBuilder();
        steps.forEach(x -> s.add(x.toJson()));
        return Jsonp.createObjectBuilder()
                .add("name", name).add("triggers", t).add("steps", s).add("settings", settings).build();
    }

    public static WorkflowDefinition fromJson(JsonObject o) {
        return new WorkflowDefinition(o.getString("name"),
                o.getJsonArray("triggers").getValuesAs(JsonObject.class).stream().map(TriggerSpec::fromJson).toList(),
                o.getJsonArray("steps").getValuesAs(JsonObject.class).stream().map(StepSpec::fromJson).toList(),
                o.getJsonObject("settings"));
    }
}
