package io.millrace.infrastructure.persistence;

import io.millrace.datastore.KeyCursor;
import io.millrace.datastore.Store;
import io.millrace.datastore.StoreRecord;
import io.millrace.datastore.StoreRepository;
import io.millrace.shared.Cursor;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Data stores and records with JPA. Record lists are keyset-paged by key over the primary key index
 * (store, key); every record query carries the live filter {@link #LIVE}.
 */
@ApplicationScoped
public class JpaStoreRepository implements StoreRepository {
    private static final String LIVE = "(r.expiresAt IS NULL OR r.expiresAt > :now)";
    private static final String OF_STORE = "r.storeId = :s AND " + LIVE;
    /** Keys per IN list: well below every database's limit on parameters. */
    private static final int IN_CHUNK = 500;

    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public Optional<Store> store(String id) {
        return Optional.ofNullable(em.find(Store.class, id));
    }

    @Override
    public Optional<Store> byName(String projectId, String name) {
        return em.createQuery("SELECT x FROM Store x WHERE x.projectId = :p AND x.name = :n", Store.class)
                .setParameter("p", projectId).setParameter("n", name).getResultStream().findFirst();
    }

    @Override
    public Page<Store> stores(String projectId, PageRequest page) {
        return Paging.page(em, Store.class, "x.projectId = :p", Map.of("p", projectId), page,
                s -> new Cursor(s.createdAt(), s.id()));
    }

    @Override
    public void add(Store store) {
        em.persist(store);
    }

    @Override
    public void remove(Store store) {
        clear(store.id());
        em.remove(em.contains(store) ? store : em.merge(store));
    }

    @Override
    public Optional<StoreRecord> record(String storeId, String key, long now) {
        return em.createQuery("SELECT r FROM StoreRecord r WHERE r.recordKey = :k AND " + OF_STORE, StoreRecord.class)
                .setParameter("s", storeId).setParameter("k", key).setParameter("now", now)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<StoreRecord> anyRecord(String storeId, String key) {
        return Optional.ofNullable(em.find(StoreRecord.class, new StoreRecord.Key(storeId, key)));
    }

    @Override
    public Map<String, StoreRecord> anyRecords(String storeId, Collection<String> keys) {
        Map<String, StoreRecord> found = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            em.createQuery("SELECT r FROM StoreRecord r WHERE r.storeId = :s AND r.recordKey IN :keys",
                            StoreRecord.class)
                    .setParameter("s", storeId).setParameter("keys", chunk)
                    .getResultList().forEach(r -> found.put(r.key(), r));
        }
        return found;
    }

    @Override
    public Page<StoreRecord> records(String storeId, PageRequest page, long now) {
        boolean backwards = page.before() != null;
        String cursor = backwards ? KeyCursor.decode(page.before(), "before")
                : page.after() != null ? KeyCursor.decode(page.after(), "after") : null;
        String jpql = "SELECT r FROM StoreRecord r WHERE " + OF_STORE
                + (cursor == null ? "" : backwards ? " AND r.recordKey < :c" : " AND r.recordKey > :c")
                + (backwards ? " ORDER BY r.recordKey DESC" : " ORDER BY r.recordKey ASC");
        TypedQuery<StoreRecord> query = em.createQuery(jpql, StoreRecord.class)
                .setParameter("s", storeId).setParameter("now", now).setMaxResults(page.limit());
        if (cursor != null) {
            query.setParameter("c", cursor);
        }
        List<StoreRecord> items = new ArrayList<>(query.getResultList());
        if (backwards) {
            Collections.reverse(items);
        }
        String start = items.isEmpty() ? null : KeyCursor.encode(items.get(0).key());
        String end = items.isEmpty() ? null : KeyCursor.encode(items.get(items.size() - 1).key());
        return new Page<>(items, countRecords(storeId, now), start, end);
    }

    @Override
    public List<StoreRecord> recordsAfter(String storeId, String afterKey, int limit, long now) {
        TypedQuery<StoreRecord> query = em.createQuery("SELECT r FROM StoreRecord r WHERE " + OF_STORE
                        + (afterKey == null ? "" : " AND r.recordKey > :c") + " ORDER BY r.recordKey ASC",
                        StoreRecord.class)
                .setParameter("s", storeId).setParameter("now", now).setMaxResults(limit);
        if (afterKey != null) {
            query.setParameter("c", afterKey);
        }
        return query.getResultList();
    }

    @Override
    public List<String> keysAfter(String storeId, String afterKey, int limit, long now) {
        TypedQuery<String> query = em.createQuery("SELECT r.recordKey FROM StoreRecord r WHERE " + OF_STORE
                        + (afterKey == null ? "" : " AND r.recordKey > :c") + " ORDER BY r.recordKey ASC", String.class)
                .setParameter("s", storeId).setParameter("now", now).setMaxResults(limit);
        if (afterKey != null) {
            query.setParameter("c", afterKey);
        }
        return query.getResultList();
    }

    @Override
    public long countRecords(String storeId, long now) {
        return em.createQuery("SELECT COUNT(r) FROM StoreRecord r WHERE " + OF_STORE, Long.class)
                .setParameter("s", storeId).setParameter("now", now).getSingleResult();
    }

    @Override
    public boolean hasRecord(String storeId, String key, long now) {
        return em.createQuery("SELECT COUNT(r) FROM StoreRecord r WHERE r.recordKey = :k AND " + OF_STORE, Long.class)
                .setParameter("s", storeId).setParameter("k", key).setParameter("now", now).getSingleResult() > 0;
    }

    @Override
    public void add(StoreRecord record) {
        em.persist(record);
    }

    @Override
    public boolean deleteRecord(String storeId, String key, long now) {
        int live = em.createQuery("DELETE FROM StoreRecord r WHERE r.recordKey = :k AND " + OF_STORE)
                .setParameter("s", storeId).setParameter("k", key).setParameter("now", now).executeUpdate();
        if (live == 0) {
            em.createQuery("DELETE FROM StoreRecord r WHERE r.storeId = :s AND r.recordKey = :k")
                    .setParameter("s", storeId).setParameter("k", key).executeUpdate();
        }
        return live > 0;
    }

    @Override
    public int clear(String storeId) {
        return em.createQuery("DELETE FROM StoreRecord r WHERE r.storeId = :s").setParameter("s", storeId)
                .executeUpdate();
    }

    @Override
    public List<String> storesWithExpiredRecords(long now, int limit) {
        return em.createQuery("SELECT DISTINCT r.storeId FROM StoreRecord r WHERE r.expiresAt <= :now", String.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public int deleteExpired(String storeId, long now) {
        return em.createQuery("DELETE FROM StoreRecord r WHERE r.storeId = :s AND r.expiresAt <= :now")
                .setParameter("s", storeId).setParameter("now", now).executeUpdate();
    }
}
