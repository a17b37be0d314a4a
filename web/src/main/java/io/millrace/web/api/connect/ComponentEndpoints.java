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

    ConnectScope scope(ScopeParams params) {
        return scopes.scope(caller.user(), params.projectId, params.environment);
    }

    JsonObject list(ComponentKind kind, ScopeParams scope, ComponentQuery query, String componentType) {
        ComponentKind chosen = kind;
        if (kind == ComponentKind.ANY && componentType != null) {
            chosen = switch (componentType) {
                case "action" -> ComponentKind.ACTION;
                case "trigger" -> ComponentKind.TRIGGER;
                default -> throw new io.millrace.shared.InvalidInputException("component_type",
                        "component_type must be action or trigger");
            };
        }
        int size = Paging.limit(query.limit, 20); // a malformed query is a 400 before the project is looked up
        return Envelope.list(components.list(scope(scope), chosen, query.q, query.app, query.registry, size,
                query.after), ConnectJson::component);
    }

    JsonObject get(ComponentKind kind, ScopeParams scope, String key) {
        return Envelope.data(ConnectJson.component(components.get(scope(scope), kind, key)));
    }

    JsonObject configure(ComponentKind kind, ScopeParams scope, String type, String body) {
        return components.configure(scope(scope), kind, RequestBodies.read(type, body));
    }

    JsonObject reload(ComponentKind kind, ScopeParams scope, String type, String body) {
        return components.reload(scope(scope), kind, RequestBodies.read(type, body));
    }
}
