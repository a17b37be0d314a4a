package io.millrace.application.source;

import io.millrace.application.datastore.ProjectDataStores;
import io.millrace.domain.component.Component;
import io.millrace.runtime.ComponentRuntime;
import io.millrace.runtime.DataStores;
import io.millrace.runtime.SourceInvocation;
import io.millrace.runtime.SourceOutcome;
import io.millrace.runtime.SourcePhase;
import io.millrace.runtime.StepError;
import io.millrace.runtime.StepListener;
import io.millrace.shared.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs one phase of a source (a hook or {@code run(event)}) on the component runtime, with the
 * source's configured props, endpoint and {@code $.service.db} contents. Sources see no environment
 * variables (as in Pipedream). A failure inside Millrace is reported as an {@code InternalError}
 * outcome, never thrown.
 */
@ApplicationScoped
public class SourceInvoker {
    private static final Logger LOG = Logger.getLogger(SourceInvoker.class.getName());

    @Inject
    ComponentRuntime runtime;
    @Inject
    io.millrace.application.accounts.AccountCredentials accounts;
    @Inject
    ProjectDataStores dataStores;
    @Inject
    @ConfigProperty(name = "millrace.source.timeout.seconds", defaultValue = "30")
    int timeoutSeconds;
    @Inject
    @ConfigProperty(name = "millrace.endpoint.base.url", defaultValue = "http://localhost:9080")
    String endpointBase;

    /**
     * What a phase runs against.
     *
     * @param projectId the project whose data stores its {@code data_store} props may name (null: none)
     * @param httpKey the key of its HTTP endpoint, or null
     */
    public record Target(String sourceId, String workspaceId, String projectId, Component component, String propsJson,
                         String httpKey) {
    }

    public SourceOutcome invoke(Target target, SourcePhase phase, String eventJson, String dbJson,
                                StepListener listener) {
        Map<String, String> packages = new HashMap<>();
        JsonText.parseObject(target.component().packagesJson())
                .forEach((name, version) -> packages.put(name, ((JsonString) version).getString()));
        String props = target.propsJson();
        try {
            if (props != null && !props.isBlank()) { // an app prop naming a connected account gets its current $auth
                jakarta.json.JsonObject configured = JsonText.parseObject(props);
                if (!io.millrace.application.accounts.AccountCredentials.accountIds(configured).isEmpty()) {
                    props = JsonText.write(accounts.withAuth(target.workspaceId(), configured));
                }
            }
        } catch (io.millrace.application.accounts.AccountUnavailableException e) {
            return new SourceOutcome(List.of(), dbJson, List.of(), new StepError("ConnectedAccountError", e.getMessage(), null),
                    false);
        }
        SourceInvocation invocation = new SourceInvocation(target.sourceId(), target.component().code(), phase,
                props, endpointUrl(target.httpKey()), eventJson, dbJson,
                Instant.now().plusSeconds(timeoutSeconds), Map.of(), target.projectId() == null ? DataStores.NONE
                : dataStores.forProject(target.workspaceId(), target.projectId()), packages);
        try {
            return runtime.runSource(invocation, listener);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "source " + target.sourceId() + " could not run its " + phase.jsName(), e);
            return new SourceOutcome(List.of(), dbJson, List.of(), new StepError("InternalError",
                    "Millrace could not run this source; see the server log", null), false);
        }
    }

    /** The URL of the HTTP endpoint with this key, or null. */
    public String endpointUrl(String httpKey) {
        if (httpKey == null) {
            return null;
        }
        String base = endpointBase.endsWith("/") ? endpointBase.substring(0, endpointBase.length() - 1) : endpointBase;
        return base + "/e/" + httpKey;
    }

    public int timeoutSeconds() {
        return timeoutSeconds;
    }
}
