package io.millrace.application.environment;

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
 * constraint.
 */
@ApplicationScoped
@Transactional
public class EnvVarWriter {
    @Inject
    EnvVarRepository envVars;

    public EnvVar create(EnvVar envVar) {
        envVars.add(envVar);
        return envVar;
    }

    /**
     * @param sealedValue the new value sealed, or null to keep the value
     * @return the changed variable, or empty when it no longer exists
     */
    public Optional<EnvVar> update(Scope scope, String id, EnvVarRequest change, String sealedValue) {
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
        return Optional.of(v);
    }

    /** @return false when the variable no longer exists */
    public boolean delete(Scope scope, String id) {
        Optional<EnvVar> v = envVars.envVar(scope, id);
        v.ifPresent(envVars::remove);
        return v.isPresent();
    }
}
