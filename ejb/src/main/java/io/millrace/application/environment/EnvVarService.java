package io.millrace.application.environment;

import io.millrace.application.project.ProjectAccess;
import io.millrace.domain.environment.EnvVar;
import io.millrace.domain.environment.EnvVarRepository;
import io.millrace.domain.environment.EnvVarRequest;
import io.millrace.domain.environment.Scope;
import io.millrace.domain.environment.ScopeType;
import io.millrace.shared.Ids;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.WorkspaceRepository;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;

/**
 * Managing the environment variables of a workspace or project. The scope must be the caller's
 * workspace or one of its projects, otherwise 404. Checks happen here, outside any transaction; the
 * changes go through {@link EnvVarWriter}. A secret's value is never returned.
 */
@ApplicationScoped
public class EnvVarService {
    @Inject
    ProjectAccess projectAccess;
    @Inject
    EnvVarRepository envVars;
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    EnvVarWriter writer;
    @Inject
    SecretBox box;

    public Page<EnvVarView> list(User caller, Scope scope, PageRequest page) {
        requireOwned(caller, scope);
        return envVars.envVars(scope, page).map(this::view);
    }

    public EnvVarView get(User caller, Scope scope, String id) {
        requireOwned(caller, scope);
        return view(find(scope, id));
    }

    public EnvVarView create(User caller, Scope scope, JsonValue body) {
        requireOwned(caller, scope);
        EnvVarRequest request = EnvVarRequest.forCreate(body);
        requireFreeKey(scope, request.key());
        String id = Ids.random("ev_");
        EnvVar created = writer.create(caller.workspaceId(), new EnvVar(id, scope, request.key(), box.seal(request.value(), id),
                request.description(), request.secret(), System.currentTimeMillis()));
        return EnvVarView.of(created, request.value());
    }

    /** Changes any of key, value, description and secret. A secret becomes non-secret only with a new value. */
    public EnvVarView update(User caller, Scope scope, String id, JsonValue body) {
        requireOwned(caller, scope);
        EnvVar current = find(scope, id);
        EnvVarRequest request = EnvVarRequest.forUpdate(body);
        if (request.key() != null && !request.key().equals(current.key())) {
            requireFreeKey(scope, request.key());
        }
        if (current.secret() && Boolean.FALSE.equals(request.secret()) && request.value() == null) {
            throw new InvalidInputException("secret",
                    "a secret's value is never shown: to make it non-secret, give a new value with it");
        }
        String sealed = request.value() == null ? null : box.seal(request.value(), id);
        return writer.update(caller.workspaceId(), scope, id, request, sealed).map(this::view).orElseThrow(() -> notFound(id));
    }

    public void delete(User caller, Scope scope, String id) {
        requireOwned(caller, scope);
        if (!writer.delete(caller.workspaceId(), scope, id)) {
            throw notFound(id);
        }
    }

    private void requireOwned(User caller, Scope scope) {
        boolean owned = scope.type() == ScopeType.WORKSPACE
                ? caller.workspaceId().equals(scope.id()) && workspaces.workspace(scope.id()).isPresent()
                : workspaces.project(scope.id()).filter(p -> p.workspaceId().equals(caller.workspaceId()))
                        .filter(p -> projectAccess.sees(p.id()))
                        .isPresent();
        if (!owned) {
            String what = scope.type() == ScopeType.WORKSPACE ? "workspace " : "project ";
            throw new NotFoundException(what + Quoted.value(scope.id()) + " not found");
        }
    }

    private void requireFreeKey(Scope scope, String key) {
        if (envVars.byKey(scope, key).isPresent()) {
            throw new InvalidInputException("key", "an environment variable with key " + Quoted.of(key)
                    + " already exists here");
        }
    }

    private EnvVar find(Scope scope, String id) {
        return envVars.envVar(scope, id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("environment variable " + Quoted.value(id) + " not found");
    }

    private EnvVarView view(EnvVar v) {
        return EnvVarView.of(v, v.secret() ? null : box.open(v.sealedValue(), v.id()));
    }
}
