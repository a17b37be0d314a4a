package io.millrace.infrastructure.persistence;

import io.millrace.shared.Cursor;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.domain.source.Source;
import io.millrace.domain.source.SourceRepository;
import io.millrace.domain.source.SourceRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Map;
import io.millrace.domain.workspace.HiddenProjects;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaSourceRepository implements SourceRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public Optional<Source> find(String workspaceId, String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Source.class, id))
                .filter(s -> workspaceId == null || s.workspaceId().equals(workspaceId));
    }

    @Override
    public Optional<Source> lock(String id) {
        return Optional.ofNullable(em.find(Source.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Source> byHttpKey(String key) {
        return em.createQuery("SELECT s FROM Source s WHERE s.httpKey = :k", Source.class)
                .setParameter("k", key).getResultStream().findFirst();
    }

    @Override
    public List<Source> inProject(String projectId) {
        return em.createQuery("SELECT s FROM Source s WHERE s.projectId = :p ORDER BY s.createdAt, s.id", Source.class)
                .setParameter("p", projectId).getResultList();
    }

    @Override
    public Page<Source> ofWorkspace(String workspaceId, HiddenProjects hidden, PageRequest page) {
        Map<String, Object> params = new HashMap<>(Map.of("w", workspaceId));
        return Paging.page(em, Source.class, "x.workspaceId = :w" + HiddenWhere.projects("x.projectId", hidden, params), params, page,
                s -> new Cursor(s.createdAt(), s.id()));
    }

    @Override
    public Page<Source> ofUser(String userId, HiddenProjects hidden, PageRequest page) {
        Map<String, Object> params = new HashMap<>(Map.of("u", userId));
        return Paging.page(em, Source.class, "x.userId = :u" + HiddenWhere.projects("x.projectId", hidden, params), params, page,
                s -> new Cursor(s.createdAt(), s.id()));
    }

    @Override
    public Set<String> slugsLike(String workspaceId, String base) {
        return new HashSet<>(em.createQuery("SELECT s.nameSlug FROM Source s WHERE s.workspaceId = :w"
                        + " AND (s.nameSlug = :b OR s.nameSlug LIKE :p)", String.class)
                .setParameter("w", workspaceId).setParameter("b", base).setParameter("p", base + "-%")
                .getResultList());
    }

    @Override
    public void add(Source source) {
        em.persist(source);
    }

    @Override
    public void remove(Source source) {
        em.remove(em.contains(source) ? source : em.merge(source));
    }

    @Override
    public void add(SourceRun run) {
        em.persist(run);
    }

    @Override
    public List<String> queuedRunIds() {
        return em.createQuery("SELECT r.id FROM SourceRun r WHERE r.status = :s", String.class)
                .setParameter("s", SourceRun.QUEUED).getResultList();
    }

    @Override
    public Optional<SourceRun> run(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(SourceRun.class, id));
    }

    @Override
    public Page<SourceRun> runs(String sourceId, PageRequest page) {
        return Paging.page(em, SourceRun.class, "x.sourceId = :s", Map.of("s", sourceId), page,
                r -> new Cursor(r.createdAt(), r.id()));
    }

    @Override
    public int pruneRuns(String sourceId, long belowSeq) {
        return em.createQuery("DELETE FROM SourceRun r WHERE r.sourceId = :s AND r.seq > 0 AND r.seq < :q"
                        + " AND r.status NOT IN ('queued', 'running')")
                .setParameter("s", sourceId).setParameter("q", belowSeq).executeUpdate();
    }

    @Override
    public int deleteRuns(String sourceId) {
        return em.createQuery("DELETE FROM SourceRun r WHERE r.sourceId = :s").setParameter("s", sourceId)
                .executeUpdate();
    }
}
