package io.millrace.infrastructure.persistence;

import io.millrace.domain.execution.HistoryFilter;
import io.millrace.domain.replay.ReplayItem;
import io.millrace.domain.replay.ReplayItemState;
import io.millrace.domain.replay.ReplayJob;
import io.millrace.domain.replay.ReplayJobRepository;
import io.millrace.domain.replay.ReplayJobStatus;
import io.millrace.shared.Cursor;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaReplayJobRepository implements ReplayJobRepository {
    private static final List<ReplayJobStatus> SETTLED = java.util.Arrays.stream(ReplayJobStatus.values())
            .filter(ReplayJobStatus::settled).toList();
    private static final int IDS_PER_QUERY = 250;

    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public void add(ReplayJob job) {
        em.persist(job);
    }

    @Override
    public void addItems(List<ReplayItem> items) {
        items.forEach(em::persist);
        em.flush();
        em.clear();
    }

    @Override
    public Optional<ReplayJob> job(String workspaceId, String id) {
        return job(id).filter(j -> j.workspaceId().equals(workspaceId));
    }

    /**
     * Read from the database every time, never from what the persistence context holds: a request reads a job, has
     * it changed in a transaction of its own ({@code ReplayJobWriter}), and then reads it again to answer.
     */
    @Override
    public Optional<ReplayJob> job(String id) {
        return em.createQuery("SELECT j FROM ReplayJob j WHERE j.id = :id", ReplayJob.class).setParameter("id", id)
                .setHint("eclipselink.refresh", Boolean.TRUE)
                .setHint("jakarta.persistence.cache.retrieveMode", jakarta.persistence.CacheRetrieveMode.BYPASS)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<ReplayJob> lock(String id) {
        return Optional.ofNullable(em.find(ReplayJob.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Page<ReplayJob> jobs(String workspaceId, PageRequest page) {
        return Paging.page(em, ReplayJob.class, "x.workspaceId = :ws", Map.of("ws", workspaceId), page,
                j -> new Cursor(j.createdAt(), j.id()));
    }

    @Override
    public List<ReplayJob> inStates(List<ReplayJobStatus> states) {
        return em.createQuery("SELECT j FROM ReplayJob j WHERE j.status IN :s ORDER BY j.createdAt", ReplayJob.class)
                .setParameter("s", states).getResultList();
    }

    @Override
    public List<ReplayItem> pendingAfter(String jobId, int afterPosition, int limit) {
        return em.createQuery("SELECT i FROM ReplayItem i WHERE i.jobId = :j AND i.state = :s AND i.position > :p"
                        + " ORDER BY i.position", ReplayItem.class)
                .setParameter("j", jobId).setParameter("s", ReplayItemState.PENDING).setParameter("p", afterPosition)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public boolean lockPending(String jobId, String executionId) {
        ReplayItem item = em.find(ReplayItem.class, new ReplayItem.Key(jobId, executionId), LockModeType.PESSIMISTIC_WRITE);
        return item != null && item.state() == ReplayItemState.PENDING;
    }

    @Override
    public boolean settle(String jobId, String executionId, ReplayItemState state, String replayId, String reason) {
        int moved = em.createQuery("UPDATE ReplayItem i SET i.state = :s, i.replayId = :r, i.reason = :why"
                        + " WHERE i.jobId = :j AND i.executionId = :e AND i.state = :pending")
                .setParameter("s", state).setParameter("r", replayId)
                .setParameter("why", reason == null ? null : ReplayItem.reasonOf(reason))
                .setParameter("j", jobId).setParameter("e", executionId)
                .setParameter("pending", ReplayItemState.PENDING).executeUpdate();
        if (moved == 0) {
            return false;
        }
        String counter = switch (state) {
            case REPLAYED -> "done";
            case FAILED -> "failed";
            case SKIPPED -> "skipped";
            case PENDING -> throw new IllegalArgumentException("an item is settled, not made pending");
        };
        em.createQuery("UPDATE ReplayJob j SET j." + counter + " = j." + counter + " + 1, j.updatedAt = :now"
                        + " WHERE j.id = :j")
                .setParameter("now", System.currentTimeMillis()).setParameter("j", jobId).executeUpdate();
        return true;
    }

    @Override
    public List<ReplayItem> items(String jobId, ReplayItemState state, int limit) {
        return em.createQuery("SELECT i FROM ReplayItem i WHERE i.jobId = :j AND i.state = :s ORDER BY i.position",
                        ReplayItem.class)
                .setParameter("j", jobId).setParameter("s", state).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Selected> oldestFirst(String workspaceId, HistoryFilter filter, Selected after, int limit) {
        Map<String, Object> params = new HashMap<>();
        String jpql = "SELECT x.id, x.createdAt FROM Execution x WHERE " + HistoryWhere.of(em, workspaceId, filter, false, params);
        if (after != null) {
            jpql += " AND x.createdAt >= :aAt AND (x.createdAt > :aAt OR x.id > :aId)";
            params.put("aAt", after.createdAt());
            params.put("aId", after.id());
        }
        TypedQuery<Object[]> query = em.createQuery(jpql + " ORDER BY x.createdAt ASC, x.id ASC", Object[].class)
                .setMaxResults(limit);
        params.forEach(query::setParameter);
        return query.getResultList().stream().map(r -> new Selected((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    @Override
    public List<Selected> oldestFirst(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<Selected> found = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            em.createQuery("SELECT x.id, x.createdAt FROM Execution x WHERE x.id IN :ids", Object[].class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
                    .getResultList().forEach(r -> found.add(new Selected((String) r[0], ((Number) r[1]).longValue())));
        }
        found.sort(Comparator.comparingLong(Selected::createdAt).thenComparing(Selected::id));
        return found;
    }

    @Override
    public List<String> settledBefore(long cutoff, int limit) {
        return em.createQuery("SELECT j.id FROM ReplayJob j WHERE j.finishedAt < :c AND j.status IN :settled"
                        + " ORDER BY j.finishedAt", String.class)
                .setParameter("c", cutoff).setParameter("settled", SETTLED).setMaxResults(limit).getResultList();
    }

    @Override
    public boolean deleteSettled(String jobId, long cutoff) {
        int jobs = em.createQuery("DELETE FROM ReplayJob j WHERE j.id = :j AND j.finishedAt < :c AND j.status IN :settled")
                .setParameter("j", jobId).setParameter("c", cutoff).setParameter("settled", SETTLED).executeUpdate();
        if (jobs == 0) {
            return false;
        }
        em.createQuery("DELETE FROM ReplayItem i WHERE i.jobId = :j").setParameter("j", jobId).executeUpdate();
        return true;
    }
}
