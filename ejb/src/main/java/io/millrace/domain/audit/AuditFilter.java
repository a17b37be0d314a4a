package io.millrace.domain.audit;

/**
 * Which events of a workspace's log to read; null fields do not filter.
 *
 * @param action   an action name, or a prefix of names when it ends with a dot ({@code workflow.})
 * @param actorId  the actor's id
 * @param targetId the target's id
 * @param since    epoch ms, inclusive
 * @param until    epoch ms, exclusive
 */
public record AuditFilter(String action, String actorId, String targetId, Long since, Long until) {
    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

    /** Whether {@link #action} names a family of actions ({@code workflow.}) rather than one. */
    public boolean actionIsPrefix() {
        return action != null && action.endsWith(".");
    }
}
