package io.millrace.application.transfer;

import io.millrace.application.audit.AuditLog;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.shared.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;

/** The audit event of an import, in a transaction of its own once everything was applied. */
@ApplicationScoped
@Transactional
public class ArchiveAudit {
    @Inject
    AuditLog audit;

    public void imported(String workspaceId, String projectId, JsonObject result) {
        audit.record(workspaceId, AuditActions.PROJECT_IMPORTED, new Target("project", projectId),
                Jsonp.createObjectBuilder().add("project_created", result.getBoolean("project_created"))
                        .add("workflows", counts(result, "workflows")).add("sources", counts(result, "sources"))
                        .add("data_stores", counts(result, "data_stores"))
                        .add("missing_env_vars", result.getJsonArray("missing_env_vars")).build());
    }

    /** How many items of a list got each result ({@code created: 2, updated: 1}). */
    private static JsonObject counts(JsonObject result, String list) {
        var counts = new java.util.TreeMap<String, Integer>();
        for (JsonValue v : result.getJsonArray(list)) {
            counts.merge(v.asJsonObject().getString("result"), 1, Integer::sum);
        }
        var b = Jsonp.createObjectBuilder();
        counts.forEach(b::add);
        return b.build();
    }
}
