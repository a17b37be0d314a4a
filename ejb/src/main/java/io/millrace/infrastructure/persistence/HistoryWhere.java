package io.millrace.infrastructure.persistence;

import io.millrace.domain.execution.HistoryFilter;
import io.millrace.domain.execution.TriggerType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;

/**
 * The JPQL condition on executions ({@code x}) of a workspace's history narrowed by a {@link HistoryFilter}. Each
 * execution carries its workspace, so the workspace is one equality and, with a status and a time range, one range
 * of the index ({@code workspaceId}, {@code status}, {@code createdAt}, {@code id}) read newest first; named
 * workflows (checked to be the workspace's by {@code HistoryFilters}) take the workspace's place, for ranges of
 * ({@code workflowId}, {@code status}, …) read from the index alone. The workflows left out (deleted ones, those in projects the
 * caller may not see) are read first: usually none, else a short {@code NOT IN} list (a subquery when there are
 * many). {@code LIKE '%…%'} is used only on the short error text column, and only when the filter searches it.
 */
final class HistoryWhere {
    /** The most left-out workflows named in the condition itself; more are a subquery. */
    private static final int LISTED = 100;

    private HistoryWhere() {
    }

    /**
     * The condition, its parameters put in {@code params}.
     *
     * @param withDeleted whether executions of deleted workflows count (a lookup by id), or are left out (lists)
     */
    static String of(EntityManager em, String workspaceId, HistoryFilter filter, boolean withDeleted,
                     Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (filter.workflowIds().isEmpty()) {
            where.append(" AND x.workspaceId = :ws");
            params.put("ws", workspaceId);
        }
        // named workflows were checked to be the workspace's (HistoryFilters): without the workspace the range is one
        // of (workflowId, status, createdAt, id), counted from the index alone instead of one row fetch per match
        equalOrIn(where, "x.workflowId", "wfs", List.copyOf(filter.workflowIds()), params);
        leaveOut(em, workspaceId, filter, withDeleted, params, where);
        if (!filter.projectIds().isEmpty()) {
            where.append(" AND x.workflowId IN (SELECT p.id FROM Workflow p WHERE p.workspaceId = :ws"
                    + " AND p.projectId IN :projects)");
            params.put("ws", workspaceId);
            params.put("projects", List.copyOf(filter.projectIds()));
        }
        equalOrIn(where, "x.status", "ss", List.copyOf(filter.statuses()), params);
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
        return where.substring(" AND ".length());
    }

    /** {@code AND column = :name} for one value (a plain index range), {@code IN} for several, nothing for none. */
    private static void equalOrIn(StringBuilder where, String column, String name, List<?> values,
                                  Map<String, Object> params) {
        if (values.size() == 1) {
            where.append(" AND ").append(column).append(" = :").append(name);
            params.put(name, values.get(0));
        } else if (values.size() > 1) {
            where.append(" AND ").append(column).append(" IN :").append(name);
            params.put(name, values);
        }
    }

    /** Leaves out the workspace's deleted workflows (unless {@code withDeleted}) and those in hidden projects. */
    private static void leaveOut(EntityManager em, String workspaceId, HistoryFilter filter, boolean withDeleted,
                                 Map<String, Object> params, StringBuilder where) {
        if (withDeleted && filter.hiddenProjects().isEmpty()) {
            return;
        }
        StringBuilder which = new StringBuilder("w.workspaceId = :ws AND (");
        if (!withDeleted) {
            which.append("w.deleted = TRUE");
        }
        if (!filter.hiddenProjects().isEmpty()) {
            which.append(withDeleted ? "" : " OR ").append("w.projectId IN :hidden");
            params.put("hidden", List.copyOf(filter.hiddenProjects()));
        }
        which.append(')');
        TypedQuery<String> query = em.createQuery("SELECT w.id FROM Workflow w WHERE " + which, String.class)
                .setParameter("ws", workspaceId).setMaxResults(LISTED + 1);
        if (!filter.hiddenProjects().isEmpty()) {
            query.setParameter("hidden", params.get("hidden"));
        }
        List<String> out = query.getResultList();
        if (out.size() > LISTED) {
            where.append(" AND x.workflowId NOT IN (SELECT w.id FROM Workflow w WHERE ").append(which).append(')');
            params.put("ws", workspaceId);
        } else {
            params.remove("hidden");
            if (!out.isEmpty()) {
                where.append(" AND x.workflowId NOT IN :out");
                params.put("out", out);
            }
        }
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
