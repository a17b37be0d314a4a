package io.millrace.application.environment;

import io.millrace.domain.environment.EnvVar;
import io.millrace.domain.environment.EnvVarRepository;
import io.millrace.domain.environment.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The {@code process.env} of an execution: the workspace's variables, overridden by the project's. */
@ApplicationScoped
public class ExecutionEnvironment {
    private static final Logger LOG = Logger.getLogger(ExecutionEnvironment.class.getName());

    @Inject
    EnvVarRepository envVars;
    @Inject
    SecretBox box;

    /**
     * Decrypted values by key, secrets included; read fresh on every call so changes apply to the next
     * run. Needs no transaction. A value that cannot be decrypted (wrong key) is logged and left out.
     *
     * @param projectId the workflow's project, or null for workspace variables only
     */
    public Map<String, String> forExecution(String workspaceId, String projectId) {
        Map<String, String> env = new TreeMap<>();
        addAll(env, Scope.workspace(workspaceId));
        if (projectId != null) {
            addAll(env, Scope.project(projectId));
        }
        return Collections.unmodifiableMap(env);
    }

    private void addAll(Map<String, String> env, Scope scope) {
        for (EnvVar v : envVars.all(scope)) {
            try {
                env.put(v.key(), box.open(v.sealedValue(), v.id()));
            } catch (IllegalStateException e) {
                LOG.log(Level.SEVERE, "environment variable {0} ({1}) cannot be decrypted and is left out: {2}",
                        new Object[] {v.id(), v.key(), e.getMessage()});
            }
        }
    }
}
