package io.millrace.domain.environment;

import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Environment variables by scope. */
public interface EnvVarRepository {
    /** The variable if it belongs to {@code scope}. */
    Optional<EnvVar> envVar(Scope scope, String id);

    Optional<EnvVar> byKey(Scope scope, String key);

    /** The scope's variables, newest first. */
    Page<EnvVar> envVars(Scope scope, PageRequest page);

    /** Every variable of the scope. */
    List<EnvVar> all(Scope scope);

    void add(EnvVar envVar);

    void remove(EnvVar envVar);
}
