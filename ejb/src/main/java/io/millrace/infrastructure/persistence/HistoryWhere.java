package io.millrace.infrastructure.persistence;

import io.millrace.domain.execution.HistoryFilter;
import io.millrace.domain.execution.TriggerType;
import java.util.List;
import java.util.Map;

/**
 * The JPQL condition on executions ({@code x}) of a workspace's history narrowed by a {@link HistoryFilter}. The
 * workspace (and its projects) are one uncorrelated subquery on the workflows, evaluated once, not per row; the
 * other parts are plain conditions on the execution's own columns. {@code LIKE '%…%'} is used only on the short
 * error text column, and only when the filter searches it.
 */
final class HistoryWhere {
    private HistoryWhere() {
    }

    /**
     * The condition, its parameters put in {@code params}.
     *
     * @param withDeleted whether executions of deleted workflows count (a lookup by id), or are left out (lists)
     */
    static String of(String workspaceId, HistoryFilter filter, boolean withDeleted, Map<String, Object> params) {
        params.put("ws", workspaceId);
        StringBuilder workflows = new StringBuilder("SELECT w.id FROM Workflow w WHERE w.workspaceId = :ws");
        if (!withDeleted) {
            workflows.append(" AND w.deleted = FALSE");
        }
        if (!filter.hiddenProjects().isEmpty()) {
            workflows.append(" AND (w.projectId IS NULL OR w.projectId NOT IN :hidden)");
            params.put("hidden", List.copyOf(filter.hiddenProjects()));
        }
        if (!filter.projectIds().isEmpty()) {
            workflows.append(" AND w.projectId IN :projects");
            params.put("projects", List.copyOf(filter.projectIds()));
        }
        StringBuilder where = new StringBuilder("x.workflowId IN (").append(workflows).append(')');
        if (!filter.workflowIds().isEmpty()) {
            where.append(" AND x.workflowId IN :wfs");
            params.put("wfs", List.copyOf(filter.workflowIds()));
        }
        if (!filter.statuses().isEmpty()) {
            where.append(" AND x.status IN :ss");
            params.put("ss", List.copyOf(filter.statuses()));
        }
        if (!filter.triggerTypes().isEmpty()) {
            where.append(" AND (");
            int i = 0;
            for (TriggerType type : filter.triggerTypes()) {
                where.append(i == 0 ? "" : " OR ").append("x.triggerId LIKE :tt").append(i).append(" ESCAPE '\\'");
                params.put("tt" + i, escapeLike(type.emitterPrefix()) + "%");
                i++;
            }
            where.append(')');
        }
        if (filter.replayed() != null) {
            where.append(filter.replayed() ? " AND x.replayOf IS NOT NULL" : " AND x.replayOf IS NULL");
        }
        if (filter.errorText() != null) {
            where.append(" AND x.errorText LIKE :q ESCAPE '\\'");
            params.put("q", "%" + escapeLike(filter.errorText()) + "%");
        }
        if (filter.since() != null) {
            where.append(" AND x.createdAt >= :since");
            params.put("since", filter.since());
        }
        if (filter.until() != null) {
            where.append(" AND x.createdAt < :until");
            params.put("until", filter.until());
        }
        return where.toString();
    }

    /** {@code text} matched literally by LIKE with the escape character {@code \}. */
    static String escapeLike(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '%' || c == '_') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
