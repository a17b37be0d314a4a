package io.millrace.infrastructure.persistence;

import io.millrace.domain.audit.AuditEvent;
import io.millrace.domain.audit.AuditFilter;
import io.millrace.domain.audit.AuditRepository;
import io.millrace.shared.Cursor;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public void add(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public Page<AuditEvent> events(String workspaceId, AuditFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("x.workspaceId = :w");
        Map<String, Object> params = new HashMap<>();
        params.put("w", workspaceId);
        if (filter.action() != null) {
            if (filter.actionIsPrefix()) {
                // a prefix of dotted names (lower-case letters, '_' and '.', checked by the service); '_' is escaped
                where.append(" AND x.action LIKE :a ESCAPE '!'");
                params.put("a", filter.action().replace("_", "!_") + "%");
            } else {
                where.append(" AND x.action = :a");
                params.put("a", filter.action());
            }
        }
        if (filter.actorId() != null) {
            where.append(" AND x.actorId = :actor");
            params.put("actor", filter.actorId());
        }
        if (filter.targetId() != null) {
            where.append(" AND x.targetId = :target");
            params.put("target", filter.targetId());
        }
        if (filter.since() != null) {
            where.append(" AND x.createdAt >= :since");
            params.put("since", filter.since());
        }
        if (filter.until() != null) {
            where.append(" AND x.createdAt < :until");
            params.put("until", filter.until());
        }
        return Paging.page(em, AuditEvent.class, where.toString(), params, page,
                e -> new Cursor(e.occurredAt(), e.id()));
    }

    @Override
    public int removeBefore(long cutoff, int max) {
        List<String> ids = em.createQuery("SELECT x.id FROM AuditEvent x WHERE x.createdAt < :c ORDER BY x.createdAt",
                        String.class).setParameter("c", cutoff).setMaxResults(max).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("DELETE FROM AuditEvent x WHERE x.id IN :ids").setParameter("ids", ids).executeUpdate();
    }
}
