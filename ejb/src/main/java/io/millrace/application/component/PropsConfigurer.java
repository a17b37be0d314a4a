package io.millrace.application.component;

import io.millrace.domain.component.Component;
import io.millrace.domain.workspace.User;
import io.millrace.runtime.ComponentRuntime;
import io.millrace.runtime.LogEntry;
import io.millrace.runtime.PropsCall;
import io.millrace.runtime.StepOutcome;
import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Jsonp;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Configuring a component's props as Pipedream Connect does: {@code POST /v1/components/configure} answers one
 * prop's options (static, or its {@code options()} run in the sandbox with {@code page}, {@code prev_context},
 * {@code query} and the props configured so far), {@code POST /v1/components/props} the props after
 * {@code additionalProps()}. An error thrown by the component's code is in the answer's {@code errors}
 * (200, as Pipedream answers); what the component logged is in {@code observations}.
 */
@ApplicationScoped
public class PropsConfigurer {
    private static final Set<String> CONFIGURE_FIELDS = Set.of("id", "prop_name", "configured_props", "page",
            "prev_context", "query", "external_user_id", "async_handle", "dynamic_props_id", "org_id", "include", "exclude");
    private static final Set<String> RELOAD_FIELDS = Set.of("id", "configured_props", "external_user_id", "async_handle",
            "dynamic_props_id", "org_id", "include", "exclude");
    private static final int SECONDS = 30;

    @Inject
    ComponentService components;
    @Inject
    ComponentRuntime runtime;

    /** {@code POST /v1/components/configure}: {@code {observations, context, options, errors, stringOptions}}. */
    public JsonObject configure(User caller, JsonValue body) {
        JsonObject o = BodyFields.body(body, CONFIGURE_FIELDS);
        Component component = component(caller, o);
        String prop = BodyFields.string(o, "prop_name", true, 200);
        JsonObjectBuilder args = Jsonp.createObjectBuilder();
        if (o.containsKey("page") && !o.isNull("page")) {
            args.add("page", BodyFields.intIn(o.get("page"), "page", 0, 1_000_000));
        }
        JsonObject prev = BodyFields.optionalObject(o, "prev_context");
        if (prev != null) {
            args.add("prevContext", prev);
        }
        String query = BodyFields.text(o, "query");
        if (query != null) {
            args.add("query", query);
        }
        StepOutcome outcome = run(component, PropsCall.Operation.OPTIONS, prop, configured(o), args.build().toString());
        if (outcome.error() != null && "ConfigurationError".equals(outcome.error().name())
                && outcome.error().message().startsWith("the component has no prop ")) {
            throw new InvalidInputException("prop_name", outcome.error().message());
        }
        JsonObject answer = answer(outcome);
        JsonObjectBuilder out = Jsonp.createObjectBuilder().add("observations", observations(outcome));
        out.add("context", answer == null || !answer.containsKey("context") ? JsonValue.NULL : answer.get("context"));
        out.add("options", answer == null ? JsonValue.EMPTY_JSON_ARRAY : answer.get("options"));
        out.add("errors", errors(outcome));
        out.add("stringOptions", JsonValue.NULL);
        return out.build();
    }

    /** {@code POST /v1/components/props}: {@code {observations, errors, dynamicProps: {id, configurableProps}}}. */
    public JsonObject reload(User caller, JsonValue body) {
        JsonObject o = BodyFields.body(body, RELOAD_FIELDS);
        Component component = component(caller, o);
        StepOutcome outcome = run(component, PropsCall.Operation.RELOAD, null, configured(o), "{}");
        JsonObject answer = answer(outcome);
        JsonObjectBuilder out = Jsonp.createObjectBuilder().add("observations", observations(outcome))
                .add("errors", errors(outcome));
        if (answer == null) {
            out.add("dynamicProps", JsonValue.NULL);
        } else {
            out.add("dynamicProps", Jsonp.createObjectBuilder().add("id", JsonValue.NULL)
                    .add("configurableProps", answer.get("configurableProps")));
        }
        return out.build();
    }

    private Component component(User caller, JsonObject o) {
        String id = BodyFields.string(o, "id", true, 200);
        try {
            return components.get(caller, id);
        } catch (NotFoundException e) {
            try {
                return components.registry(id);
            } catch (NotFoundException again) {
                throw new NotFoundException("component " + Quoted.value(id) + " not found");
            }
        }
    }

    private static String configured(JsonObject o) {
        JsonObject configured = BodyFields.optionalObject(o, "configured_props");
        return configured == null ? "{}" : configured.toString();
    }

    private StepOutcome run(Component component, PropsCall.Operation operation, String prop, String configured, String args) {
        Map<String, String> packages = new LinkedHashMap<>();
        try (var reader = Jsonp.createReader(new StringReader(component.packagesJson()))) {
            reader.readObject().forEach((name, version) -> {
                if (version.getValueType() == JsonValue.ValueType.STRING) {
                    packages.put(name, ((jakarta.json.JsonString) version).getString());
                }
            });
        }
        return runtime.configureProps(new PropsCall(operation, component.code(), prop, configured, args, packages,
                Instant.now().plusSeconds(SECONDS)));
    }

    private static JsonObject answer(StepOutcome outcome) {
        if (outcome.error() != null || outcome.returnValueJson() == null) {
            return null;
        }
        try (var reader = Jsonp.createReader(new StringReader(outcome.returnValueJson()))) {
            return reader.readObject();
        }
    }

    private static JsonArrayBuilder errors(StepOutcome outcome) {
        JsonArrayBuilder errors = Jsonp.createArrayBuilder();
        if (outcome.error() != null) {
            errors.add(outcome.error().name() + ": " + outcome.error().message());
        } else if (outcome.timedOut()) {
            errors.add("the component did not answer within " + SECONDS + " seconds");
        }
        return errors;
    }

    private static JsonArrayBuilder observations(StepOutcome outcome) {
        JsonArrayBuilder list = Jsonp.createArrayBuilder();
        for (LogEntry log : outcome.logs()) {
            list.add(Jsonp.createObjectBuilder().add("ts", log.ts() == null ? System.currentTimeMillis() : log.ts().toEpochMilli())
                    .add("k", "console." + log.level()).add("msg", log.message()));
        }
        return list;
    }
}
