package io.millrace.infrastructure.persistence;

import io.millrace.domain.accounts.AccountQuery;
import io.millrace.domain.accounts.AccountRepository;
import io.millrace.domain.accounts.ConnectedAccount;
import io.millrace.domain.accounts.PendingAuthorization;
import io.millrace.shared.Cursor;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public Optional<ConnectedAccount> account(String id) {
        return Optional.ofNullable(em.find(ConnectedAccount.class, id));
    }

    @Override
    public Optional<ConnectedAccount> accountForUpdate(String id) {
        return Optional.ofNullable(em.find(ConnectedAccount.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Page<ConnectedAccount> accounts(AccountQuery q, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("x.workspaceId = :w");
        params.put("w", q.workspaceId());
        if (q.projectId() == null) {
            where.append(" AND x.projectId IS NULL");
        } else {
            where.append(" AND x.projectId = :p");
            params.put("p", q.projectId());
        }
        if (q.environment() != null) {
            where.append(" AND x.environment = :e");
            params.put("e", q.environment());
        }
        if (q.externalUserId() != null) {
            where.append(" AND x.externalUserId = :x");
            params.put("x", q.externalUserId());
        }
        if (q.appId() != null) {
            where.append(" AND x.appId = :a");
            params.put("a", q.appId());
        }
        if (q.visibleTo() != null) {
            where.append(" AND (x.shared = TRUE OR x.ownerId = :u)");
            params.put("u", q.visibleTo());
        }
        return Paging.page(em, ConnectedAccount.class, where.toString(), params, page,
                a -> new Cursor(a.createdAt(), a.id()));
    }

    @Override
    public void add(ConnectedAccount account) {
        em.persist(account);
    }

    @Override
    public void remove(ConnectedAccount account) {
        em.remove(em.contains(account) ? account : em.merge(account));
    }

    @Override
    public void add(PendingAuthorization pending) {
        em.persist(pending);
    }

    @Override
    public Optional<PendingAuthorization> takePending(String stateDigest) {
        PendingAuthorization found = em.find(PendingAuthorization.class, stateDigest, LockModeType.PESSIMISTIC_WRITE);
        if (found != null) {
            em.remove(found);
        }
        return Optional.ofNullable(found);
    }

    @Override
    public int removeExpiredPending(long now) {
        return em.createQuery("DELETE FROM PendingAuthorization x WHERE x.expiresAt < :n").setParameter("n", now)
                .executeUpdate();
    }
}
