package io.millrace.application.connect;

import io.millrace.domain.component.Component;
import io.millrace.runtime.InvalidPropException;
import io.millrace.runtime.LogEntry;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.StepRuntime;
import io.millrace.runtime.StepSyntaxException;
import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /v1/connect/{project_id}/actions/run}: runs an action once for an external user, in the sandbox, as a
 * step with an empty trigger event, and answers what it returned ({@code ret}), exported ({@code exports}) and
 * logged ({@code os}: {@code {ts, k, msg}}; a thrown error is {@code {ts, k: "error", err: {name, message, stack}}}).
 */
@ApplicationScoped
public class ConnectActions {
    /** How long an action may run. */
    public static final int SECONDS = 300;
    private static final Set<String> FIELDS = Set.of("id", "version", "external_user_id", "configured_props",
            "dynamic_props_id", "stash_id");
    private static final String STEPS = "{\"trigger\":{\"event\":{},\"context\":{}}}";

    @Inject
    ConnectComponents components;
    @Inject
    ExternalUsers users;
    @Inject
    StepRuntime runtime;
    @Inject
    ConnectRateLimits limits;

    public JsonObject run(ConnectScope scope, JsonValue body) {
        JsonObject o = BodyFields.body(body, FIELDS);
        String externalId = ExternalUsers.checked(BodyFields.requiredText(o, "external_user_id", "external_user_id"),
                "external_user_id");
        limits.take(ConnectRateLimits.Kind.COMPONENTS_POST, scope, null);
        Component action = components.find(scope, ComponentKind.ACTION, BodyFields.requiredText(o, "id", "id"));
        JsonObject configured = BodyFields.optionalObject(o, "configured_props");
        String props = configured == null ? "{}" : configured.toString();
        try {
            runtime.validate(ComponentConnect.stepName(action), action.code(), props);
        } catch (InvalidPropException e) {
            throw new InvalidInputException(Quoted.member("configured_props", e.propName()), e.getMessage());
        } catch (StepSyntaxException e) {
            throw new InvalidInputException("id", "the action cannot run: " + e.getMessage());
        }
        users.ensure(scope, externalId);
        StepInvocation invocation = new StepInvocation(ComponentConnect.stepName(action), action.code(), props, STEPS,
                Instant.now().plusSeconds(SECONDS), Map.of(), 0, null, packages(action));
        StepOutcome outcome = runtime.run(invocation, StepListener.NONE);
        return answer(outcome);
    }

    static JsonObject answer(StepOutcome outcome) {
        JsonArrayBuilder os = Jsonp.createArrayBuilder();
        for (LogEntry log : outcome.logs()) {
            os.add(Jsonp.createObjectBuilder().add("ts", millis(log.ts())).add("k", "console." + log.level())
                    .add("msg", log.message()));
        }
        if (outcome.error() != null) {
            JsonObjectBuilder err = Jsonp.createObjectBuilder().add("name", String.valueOf(outcome.error().name()))
                    .add("message", String.valueOf(outcome.error().message()));
            if (outcome.error().stack() != null) {
                err.add("stack", outcome.error().stack());
            }
            os.add(Jsonp.createObjectBuilder().add("ts", System.currentTimeMillis()).add("k", "error").add("err", err));
        } else if (outcome.timedOut()) {
            os.add(Jsonp.createObjectBuilder().add("ts", System.currentTimeMillis()).add("k", "error")
                    .add("err", Jsonp.createObjectBuilder().add("name", "TIMEOUT")
                            .add("message", "the action did not finish within " + SECONDS + " seconds")));
        }
        JsonObjectBuilder out = Jsonp.createObjectBuilder()
                .add("exports", outcome.exportsJson() == null ? JsonValue.EMPTY_JSON_OBJECT : JsonText.parse(outcome.exportsJson()))
                .add("os", os);
        out.add("ret", outcome.returnValueJson() == null ? JsonValue.NULL : JsonText.parse(outcome.returnValueJson()));
        return out.add("stash_id", JsonValue.NULL).build();
    }

    private static long millis(Instant ts) {
        return ts == null ? System.currentTimeMillis() : ts.toEpochMilli();
    }

    private static Map<String, String> packages(Component component) {
        Map<String, String> packages = new LinkedHashMap<>();
        try (var reader = Jsonp.createReader(new StringReader(component.packagesJson()))) {
            reader.readObject().forEach((name, version) -> {
                if (version instanceof JsonString s) {
                    packages.put(name, s.getString());
                }
            });
        }
        return packages;
    }
}
