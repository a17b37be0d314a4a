package io.millrace.infrastructure.persistence;

import io.millrace.domain.workspace.HiddenProjects;
import java.util.List;
import java.util.Map;

/** The JPQL condition that leaves out what belongs to hidden projects (nothing when none are hidden). */
final class HiddenWhere {
    private HiddenWhere() {
    }

    /** {@code " AND column NOT IN :hidden"} (its parameter put in {@code params}), or "" when nothing is hidden. */
    static String projects(String column, HiddenProjects hidden, Map<String, Object> params) {
        if (hidden == null || hidden.isEmpty()) {
            return "";
        }
        params.put("hidden", List.copyOf(hidden.ids()));
        return " AND (" + column + " IS NULL OR " + column + " NOT IN :hidden)";
    }
}
