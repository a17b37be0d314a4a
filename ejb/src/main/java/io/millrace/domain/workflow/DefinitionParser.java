package io.millrace.domain.workflow;

import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Jsonp;
import io.millrace.shared.Quoted;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a workflow create or update body and turns it into a {@link WorkflowRequest}. Every
 * rejection names the offending field, e.g. {@code steps[1].name}. Besides the size of the request body
 * (limited before it is read), a definition's shape is bounded: {@link #MAX_STEPS} steps,
 * {@link #MAX_CODE_BYTES} of code and {@link #MAX_PROPS} props per step, and {@link #MAX_DEPTH} levels
 * of nested objects and arrays.
 */
public final class DefinitionParser {
    /** The most steps a workflow may have. */
    public static final int MAX_STEPS = 250;
    /** The most props a step may configure. */
    public static final int MAX_PROPS = 200;
    /** The largest code of a step, in UTF-8 bytes (as for a saved component's code). */
    public static final int MAX_CODE_BYTES = 1024 * 1024;
    /** How deep objects and arrays may nest in a definition, counting the body itself as level 1. */
    public static final int MAX_DEPTH = 32;
    /** The level of a prop's value: the body, {@code steps}, the step, {@code props}, then the value. */
    private static final int PROP_VALUE_LEVEL = 5;
    private static final Set<String> TOP_LEVEL = Set.of("name", "project_id", "folder_id", "org_id", "active", "triggers",
            "steps", "settings", "message");
    /** Fields of {@code GET /v1/workflows/{id}} that a body may carry back; they are ignored. */
    private static final Set<String> READ_ONLY = Set.of("id", "version", "deployment_id", "created_at", "updated_at");
    private static final Set<String> STEP_FIELDS = Set.of("name", "type", "lang", "code", "props", "component",
            "packages", "component_id");
    private static final Set<String> TRIGGER_FIELDS = Set.of("type", "source_id", "id", "key", "endpoint_url",
            "custom_response", "created_at", "updated_at", "auth", "cron", "interval_seconds", "timezone", "next_fire_times",
            "email_address");
    private static final Set<String> LANGS = Set.of("javascript", "nodejs", "nodejs20.x", "nodejs22.x");
    private static final Pattern STEP_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern KEY_PATH = Pattern.compile("steps\\.trigger\\.(event|context)(\\.[A-Za-z0-9_$-]+)+");
    private static final int MAX_TIMEOUT_SECONDS = 750;
    private static final int MAX_NAME_LENGTH = 255;

    private DefinitionParser() {
    }

    /**
     * @param body    the request body
     * @param current the deployed definition when updating, null when creating
     */
    public static WorkflowRequest parse(JsonValue body, WorkflowDefinition current) {
        JsonObject o = BodyFields.body(unwrapped(body), TOP_LEVEL, READ_ONLY);
        String message = message(o);
        String name = BodyFields.nonBlankText(o, "name", MAX_NAME_LENGTH);
        if (current == null && name == null) {
            throw new InvalidInputException("name", "name is required");
        }
        String projectId = BodyFields.text(o, "project_id");
        Boolean active = BodyFields.bool(o, "active");
        String folderId = BodyFields.text(o, "folder_id");
        boolean folderGiven = o.containsKey("folder_id");
        List<TriggerSpec> triggers = o.containsKey("triggers") ? triggers(o, current) : null;
        List<StepSpec> steps = o.containsKey("steps") ? steps(o) : null;
        JsonObject settings = o.containsKey("settings") ? settings(o, current) : null;

        boolean changesDefinition = current == null || triggers != null || steps != null || settings != null
                || (name != null && !name.equals(current.name()));
        if (!changesDefinition) {
            return new WorkflowRequest(null, projectId, active, folderId, folderGiven, message);
        }
        WorkflowDefinition definition = new WorkflowDefinition(
                name != null ? name : current.name(),
                triggers != null ? triggers : current == null ? List.of() : current.triggers(),
                steps != null ? steps : current == null ? List.of() : current.steps(),
                settings != null ? settings : current == null ? JsonValue.EMPTY_JSON_OBJECT : current.settings());
        return new WorkflowRequest(definition, projectId, active, folderId, folderGiven, message);
    }

    /** A whole definition, as a draft or an import takes it: name, triggers and steps are required. */
    public static WorkflowRequest parseWhole(JsonValue body) {
        JsonObject o = BodyFields.body(unwrapped(body), TOP_LEVEL, READ_ONLY);
        for (String required : List.of("name", "triggers", "steps")) {
            if (!o.containsKey(required) || o.get(required).getValueType() == JsonValue.ValueType.NULL) {
                throw new InvalidInputException(required, required + " is required");
            }
        }
        return parse(o, null);
    }

    /** {@code GET}'s answer, {@code {"data": {…}}}, reads as the workflow inside it. */
    private static JsonValue unwrapped(JsonValue body) {
        if (body instanceof JsonObject o && o.size() == 1 && o.get("data") instanceof JsonObject inner) {
            return inner;
        }
        return body;
    }

    private static String message(JsonObject o) {
        String message = BodyFields.text(o, "message");
        if (message != null && message.length() > WorkflowDeployment.MAX_MESSAGE_LENGTH) {
            throw new InvalidInputException("message", "message must be at most "
                    + WorkflowDeployment.MAX_MESSAGE_LENGTH + " characters");
        }
        return message == null || message.isBlank() ? null : message;
    }

    private static List<TriggerSpec> triggers(JsonObject o, WorkflowDefinition current) {
        JsonArray array = BodyFields.array(o, "triggers");
        List<TriggerSpec> out = new ArrayList<>();
        List<TriggerSpec> currentHttp = current == null ? List.of()
                : current.triggers().stream().filter(t -> TriggerSpec.HTTP.equals(t.type())).toList();
        int http = 0;
        for (int i = 0; i < array.size(); i++) {
            String field = "triggers[" + i + "]";
            JsonObject t = BodyFields.object(array.get(i), field);
            BodyFields.rejectUnknown(t, TRIGGER_FIELDS, field);
            String type = BodyFields.requiredText(t, "type", field + ".type");
            if (TriggerSpec.SCHEDULE.equals(type)) {
                out.add(TriggerSpec.schedule(ScheduleEvent.parse(t, field)));
                continue;
            }
            if (TriggerSpec.EMAIL.equals(type)) {
                for (String field2 : List.of("source_id", "auth", "cron", "interval_seconds", "timezone")) {
                    if (t.containsKey(field2)) {
                        throw new InvalidInputException(field + "." + field2, "an email trigger takes no " + field2);
                    }
                }
                out.add(new TriggerSpec(type, null));
                continue;
            }
            if (TriggerSpec.SOURCE.equals(type)) {
                String sourceId = BodyFields.requiredText(t, "source_id", field + ".source_id");
                if (!sourceId.startsWith("dc_")) {
                    throw new InvalidInputException(field + ".source_id", field + ".source_id must be a source id (dc_...)");
                }
                if (t.containsKey("auth")) {
                    throw new InvalidInputException(field + ".auth", "only http triggers take auth");
                }
                out.add(new TriggerSpec(type, sourceId));
                continue;
            }
            if (!TriggerSpec.HTTP.equals(type)) {
                throw new InvalidInputException(field + ".type",
                        "unsupported trigger type " + Quoted.of(type) + " (supported: http, schedule, email, source)");
            }
            if (t.containsKey("source_id")) {
                throw new InvalidInputException(field + ".source_id", "only source triggers take a source_id");
            }
            TriggerAuth kept = http < currentHttp.size() ? currentHttp.get(http).auth() : null;
            JsonObject auth = BodyFields.optionalObject(t, "auth");
            out.add(new TriggerSpec(type, null, auth == null ? TriggerAuth.PUBLIC
                    : TriggerAuth.parse(auth, field + ".auth", kept)));
            http++;
        }
        return List.copyOf(out);
    }

    private static List<StepSpec> steps(JsonObject o) {
        JsonArray array = BodyFields.array(o, "steps");
        if (array.size() > MAX_STEPS) {
            throw new InvalidInputException("steps", "a workflow has at most " + MAX_STEPS + " steps, not "
                    + array.size());
        }
        Segments parse = new Segments(DefinitionParser::leaf);
        List<StepSpec> out = parse.segment(array, "steps");
        if (parse.count > MAX_STEPS) {
            throw new InvalidInputException("steps", "a workflow has at most " + MAX_STEPS
                    + " steps, counting those inside blocks, not " + parse.count);
        }
        StepReferences.check(out);
        return out;
    }

    /** Reads one code or action step (not a block) of a definition; errors name {@code field}. */
    interface StepReader {
        StepSpec read(JsonObject step, String name, String field);
    }

    /**
     * A stored control-flow step (from {@link StepSpec#fromJson}): its steps read as stored, with their pinned
     * packages and components.
     */
    static StepSpec block(JsonObject o, String field, java.util.function.Function<JsonObject, StepSpec> stored) {
        return new Segments((s, name, f) -> stored.apply(s)).step(o, field);
    }

    /** Reads segments of steps, blocks inside them, with step names unique in the whole workflow. */
    private static final class Segments {
        private final StepReader leaves;
        private final Set<String> names = new HashSet<>();
        private int count;

        Segments(StepReader leaves) {
            this.leaves = leaves;
        }

        List<StepSpec> segment(JsonArray array, String field) {
            List<StepSpec> out = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                out.add(step(BodyFields.object(array.get(i), field + "[" + i + "]"), field + "[" + i + "]"));
            }
            return List.copyOf(out);
        }

        StepSpec step(JsonObject s, String field) {
            count++;
            String name = BodyFields.requiredText(s, "name", field + ".name");
            checkName(name, field + ".name");
            if (!names.add(name)) {
                throw new InvalidInputException(field + ".name", "duplicate step name " + Quoted.of(name));
            }
            String type = s.get("type") instanceof JsonString t ? t.getString() : null;
            if (type != null && Block.KINDS.contains(type)) {
                return StepSpec.block(name, BlockParser.parse(s, type, field, this::segment));
            }
            BodyFields.rejectUnknown(s, STEP_FIELDS, field);
            return leaves.read(s, name, field);
        }
    }

    /** Checks a step's or a branch's name; errors name {@code field}. */
    static void checkName(String name, String field) {
        if (!STEP_NAME.matcher(name).matches()) {
            throw new InvalidInputException(field, "step name " + Quoted.of(name)
                    + " is invalid: step names cannot contain spaces or dashes; use letters, digits and"
                    + " underscores, not starting with a digit (e.g. get_data or getData)");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException(field, "step names must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (name.equals("trigger") || name.equals("__proto__")) {
            throw new InvalidInputException(field, "step name " + Quoted.of(name) + " is reserved");
        }
    }

    private static StepSpec leaf(JsonObject s, String name, String field) {
        String component = s.containsKey("component")
                ? BodyFields.requiredText(s, "component", field + ".component") : null;
        if (component != null && component.isBlank()) {
            throw new InvalidInputException(field + ".component", field + ".component must not be blank");
        }
        String type = s.containsKey("type") ? BodyFields.requiredText(s, "type", field + ".type") : "code";
        if (!type.equals("code") && !(type.equals("action") && component != null)) {
            throw new InvalidInputException(field + ".type", "unsupported step type " + Quoted.of(type)
                    + " (supported: code; action with component; "
                    + "if_else, switch, filter, end_workflow, delay, parallel, loop)");
        }
        String lang = s.containsKey("lang") ? BodyFields.requiredText(s, "lang", field + ".lang") : "javascript";
        if (!LANGS.contains(lang)) {
            throw new InvalidInputException(field + ".lang", "unsupported lang " + Quoted.of(lang)
                    + " (supported: javascript)");
        }
        // GET shows a component step with the code it copied and component_id; sent back, both are ignored
        boolean pinnedCopy = component != null && s.containsKey("component_id");
        if (component != null && s.containsKey("code") && !pinnedCopy) {
            throw new InvalidInputException(field + ".code", "a step takes code or component, not both");
        }
        String code = component != null ? null : BodyFields.requiredText(s, "code", field + ".code");
        if (code != null && code.length() > MAX_CODE_BYTES / 3
                && code.getBytes(StandardCharsets.UTF_8).length > MAX_CODE_BYTES) {
            throw new InvalidInputException(field + ".code", field + ".code is larger than " + MAX_CODE_BYTES
                    + " bytes");
        }
        JsonObject props = s.containsKey("props") ? props(s.get("props"), field + ".props")
                : JsonValue.EMPTY_JSON_OBJECT;
        return new StepSpec(name, type, "javascript", code, props, JsonValue.EMPTY_JSON_OBJECT, component, null);
    }

    /** A step's props: at most {@link #MAX_PROPS}, each value nested no deeper than the definition may be. */
    private static JsonObject props(JsonValue value, String field) {
        JsonObject props = BodyFields.object(value, field);
        if (props.size() > MAX_PROPS) {
            throw new InvalidInputException(field, "a step has at most " + MAX_PROPS + " props, not " + props.size());
        }
        for (Map.Entry<String, JsonValue> prop : props.entrySet()) {
            if (nestsDeeperThan(prop.getValue(), MAX_DEPTH - PROP_VALUE_LEVEL + 1)) {
                String named = Quoted.member(field, prop.getKey());
                throw new InvalidInputException(named, named + " nests objects and arrays too deep: a definition"
                        + " may nest at most " + MAX_DEPTH + " levels");
            }
        }
        return props;
    }

    /** Whether the value holds more than {@code levels} levels of objects and arrays (a scalar holds none). */
    private static boolean nestsDeeperThan(JsonValue value, int levels) {
        Iterable<JsonValue> children = switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().values();
            case ARRAY -> value.asJsonArray();
            default -> null;
        };
        if (children == null) {
            return false;
        }
        if (levels == 0) {
            return true;
        }
        for (JsonValue child : children) {
            if (nestsDeeperThan(child, levels - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Settings merge into the current ones: named fields change, {@code null} removes one. */
    private static JsonObject settings(JsonObject o, WorkflowDefinition current) {
        JsonObject given = BodyFields.object(o.get("settings"), "settings");
        var merged = Jsonp.createObjectBuilder(current == null ? JsonValue.EMPTY_JSON_OBJECT : current.settings());
        for (Map.Entry<String, JsonValue> e : given.entrySet()) {
            String field = Quoted.member("settings", e.getKey());
            JsonValue v = e.getValue();
            if (v.getValueType() == JsonValue.ValueType.NULL) {
                merged.remove(e.getKey());
                continue;
            }
            switch (e.getKey()) {
                case "timeout_seconds" -> merged.add(e.getKey(), BodyFields.intIn(v, field, 1, MAX_TIMEOUT_SECONDS));
                case "concurrency" -> merged.add(e.getKey(), BodyFields.intIn(v, field, 1, 10_000));
                case "queue_size" ->
                        merged.add(e.getKey(), BodyFields.intIn(v, field, 1, ExecutionControls.MAX_QUEUE_SIZE));
                case "concurrency_key" -> merged.add(e.getKey(), concurrencyKey(v, field));
                case "throttle" -> merged.add(e.getKey(), throttle(v, field));
                case "auto_retry", "notify_on_first_error", "notify_on_errors", "data_retention" ->
                        merged.add(e.getKey(), BodyFields.bool(v, field));
                case "retention_days" -> merged.add(e.getKey(), BodyFields.intIn(v, field, 1, RetentionSettings.MAX_DAYS));
                case "retention_count" ->
                        merged.add(e.getKey(), BodyFields.intIn(v, field, 1, RetentionSettings.MAX_COUNT));
                default -> throw new InvalidInputException(field, "unknown setting " + Quoted.of(e.getKey()));
            }
        }
        return merged.build();
    }

    private static String concurrencyKey(JsonValue v, String field) {
        if (!(v instanceof JsonString s) || !KEY_PATH.matcher(s.getString()).matches()) {
            throw new InvalidInputException(field, field + " must be a path into the trigger, like "
                    + "steps.trigger.event.body.customer_id");
        }
        return s.getString();
    }

    private static JsonObject throttle(JsonValue v, String field) {
        JsonObject t = BodyFields.object(v, field);
        BodyFields.rejectUnknown(t, Set.of("limit", "interval_seconds"), field);
        if (!t.containsKey("limit") || !t.containsKey("interval_seconds")) {
            throw new InvalidInputException(field, field + " needs limit and interval_seconds");
        }
        return Jsonp.createObjectBuilder()
                .add("limit", BodyFields.intIn(t.get("limit"), field + ".limit", 0, 10_000))
                .add("interval_seconds",
                        BodyFields.intIn(t.get("interval_seconds"), field + ".interval_seconds", 1, 10_000))
                .build();
    }
}
