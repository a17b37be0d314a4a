package io.millrace.application.environment;

import io.millrace.application.audit.AuditLog;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.shared.Jsonp;
import io.millrace.domain.environment.EnvVar;
import io.millrace.domain.environment.EnvVarRepository;
import io.millrace.domain.environment.EnvVarRequest;
import io.millrace.domain.environment.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The transactions that change environment variables. Input is validated and values sealed before
 * they get here. Two concurrent requests for the same new key are settled by the table's unique
 * constraint. Each change is audited ({@code env_var.set}, {@code env_var.deleted}) with the variable's
 * key, never its value.
 */
@ApplicationScoped
@Transactional
public class EnvVarWriter {
    @Inject
    EnvVarRepository envVars;
    @Inject
    AuditLog audit;

    public EnvVar create(String workspaceId, EnvVar envVar) {
        envVars.add(envVar);
        audited(workspaceId, AuditActions.ENV_VAR_SET, envVar, true);
        return envVar;
    }

    /**
     * @param sealedValue the new value sealed, or null to keep the value
     * @return the changed variable, or empty when it no longer exists
     */
    public Optional<EnvVar> update(String workspaceId, Scope scope, String id, EnvVarRequest change, String sealedValue) {
        EnvVar v = envVars.envVar(scope, id).orElse(null);
        if (v == null) {
            return Optional.empty();
        }
        if (change.key() != null) {
            v.rename(change.key());
        }
        if (sealedValue != null) {
            v.replaceValue(sealedValue);
        }
        if (change.descriptionGiven()) {
            v.describe(change.description());
        }
        if (change.secret() != null) {
            v.markSecret(change.secret());
        }
        v.touch(System.currentTimeMillis());
        audited(workspaceId, AuditActions.ENV_VAR_SET, v, false);
        return Optional.of(v);
    }

    /** @return false when the variable no longer exists */
    public boolean delete(String workspaceId, Scope scope, String id) {
        Optional<EnvVar> v = envVars.envVar(scope, id);
        v.ifPresent(envVars::remove);
        v.ifPresent(gone -> audited(workspaceId, AuditActions.ENV_VAR_DELETED, gone, false));
        return v.isPresent();
    }

    /** The key, scope and secret flag: never the value, sealed or not. */
    private void audited(String workspaceId, String action, EnvVar v, boolean created) {
        var details = Jsonp.createObjectBuilder().add("key", v.key())
                .add("scope", v.scope().type().name().toLowerCase(java.util.Locale.ROOT))
                .add("scope_id", v.scope().id()).add("secret", v.secret());
        if (action.equals(AuditActions.ENV_VAR_SET)) {
            details.add("created", created);
        }
        audit.record(workspaceId, action, new Target("env_var", v.id()), details.build());
    }
}
