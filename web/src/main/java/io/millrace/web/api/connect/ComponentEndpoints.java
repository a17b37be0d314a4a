package io.millrace.web.api.connect;

import io.millrace.application.connect.ComponentKind;
import io.millrace.application.connect.ConnectComponents;
import io.millrace.application.connect.ConnectScope;
import io.millrace.application.connect.ConnectScopes;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.Paging;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** What {@code /components}, {@code /actions} and {@code /triggers} share: list, retrieve, configure, reload props. */
@RequestScoped
class ComponentEndpoints {
    @Inject
    ConnectComponents components;
    @Inject
    ConnectScopes scopes;
    @Inject
    Caller caller;

    ConnectScope scope(String projectId, String environment) {
        return scopes.scope(caller.user(), projectId, environment);
    }

    JsonObject list(ComponentKind kind, String projectId, String environment, String q, String app, String registry,
            String componentType, String limit, String after) {
        ComponentKind chosen = kind;
        if (kind == ComponentKind.ANY && componentType != null) {
            chosen = switch (componentType) {
                case "action" -> ComponentKind.ACTION;
                case "trigger" -> ComponentKind.TRIGGER;
                default -> throw new io.millrace.shared.InvalidInputException("component_type",
                        "component_type must be action or trigger");
            };
        }
        int size = Paging.limit(limit, 20); // a malformed query is a 400 before the project is looked up
        return Envelope.list(components.list(scope(projectId, environment), chosen, q, app, registry, size, after),
                ConnectJson::component);
    }

    JsonObject get(ComponentKind kind, String projectId, String environment, String key) {
        return Envelope.data(ConnectJson.component(components.get(scope(projectId, environment), kind, key)));
    }

    JsonObject configure(ComponentKind kind, String projectId, String environment, String type, String body) {
        return components.configure(scope(projectId, environment), kind, RequestBodies.read(type, body));
    }

    JsonObject reload(ComponentKind kind, String projectId, String environment, String type, String body) {
        return components.reload(scope(projectId, environment), kind, RequestBodies.read(type, body));
    }
}
