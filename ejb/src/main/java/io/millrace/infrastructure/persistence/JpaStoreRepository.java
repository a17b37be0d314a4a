package io.millrace.infrastructure.persistence;

import io.millrace.domain.datastore.KeyCursor;
import io.millrace.domain.datastore.Store;
import io.millrace.domain.datastore.StoreRecord;
import io.millrace.domain.datastore.StoreRepository;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Data stores and records with JPA. Lists of records read in two steps that both use an index: the
 * next keys in order from the key index alone (the primary key forwards, the descending key index
 * backwards), then those keys' live records by primary key; expired records met on the way are
 * skipped and more keys are read. A single query with the expiry filter would make the database read
 * the rows of the whole rest of the store (Derby then scans the table and sorts). Counts are the
 * store's record count less its expired records (from the (store, expiry) index).
 */
@ApplicationScoped
public class JpaStoreRepository implements StoreRepository {
    private static final String LIVE = "(r.expiresAt IS NULL OR r.expiresAt > :now)";
    private static final String STARTS_WITH = "r.recordKey LIKE :p ESCAPE '\\'";
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
    public List<String> storeIds(String afterId, int limit) {
        TypedQuery<String> q = em.createQuery("SELECT x.id FROM Store x" + (afterId == null ? "" : " WHERE x.id > :a")
                + " ORDER BY x.id", String.class).setMaxResults(limit);
        if (afterId != null) {
            q.setParameter("a", afterId);
        }
        return q.getResultList();
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
    public void adjustRecordCount(String storeId, long delta) {
        if (delta != 0) {
            em.createQuery("UPDATE Store x SET x.recordCount = x.recordCount + :d WHERE x.id = :s")
                    .setParameter("d", delta).setParameter("s", storeId).executeUpdate();
        }
    }

    @Override
    public Optional<StoreRecord> record(String storeId, String key, long now) {
        return Optional.ofNullable(em.find(StoreRecord.class, new StoreRecord.Key(storeId, key)))
                .filter(r -> !r.expiredAt(now));
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
            em.createQuery("SELECT r FROM StoreRecord r WHERE r.storeId = :s AND r.recordKey IN :keys",
                            StoreRecord.class)
                    .setParameter("s", storeId).setParameter("keys", all.subList(from, Math.min(all.size(), from + IN_CHUNK)))
                    .getResultList().forEach(r -> found.put(r.key(), r));
        }
        return found;
    }

    @Override
    public Page<StoreRecord> records(String storeId, PageRequest page, String prefix, long now) {
        boolean backwards = page.backwards();
        String cursor = page.cursor() == null ? null : KeyCursor.decode(page.cursor(), page.cursorParameter());
        List<StoreRecord> items = new ArrayList<>(liveRecords(storeId, cursor, backwards, page.limit(), prefix, now));
        if (backwards) {
            Collections.reverse(items);
        }
        long count = prefix == null ? countRecords(storeId, now)
                : em.createQuery("SELECT COUNT(r) FROM StoreRecord r WHERE r.storeId = :s AND " + STARTS_WITH + " AND "
                        + LIVE, Long.class).setParameter("s", storeId).setParameter("p", likePrefix(prefix))
                        .setParameter("now", now).getSingleResult();
        return Page.of(items, count, r -> KeyCursor.encode(r.key()));
    }

    /** A LIKE pattern matching the keys that start with {@code prefix} (a backslash escapes {@code %}, {@code _} and itself). */
    static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @Override
    public List<StoreRecord> recordsAfter(String storeId, String afterKey, int limit, long now) {
        return liveRecords(storeId, afterKey, false, limit, null, now);
    }

    @Override
    public List<String> keysAfter(String storeId, String afterKey, int limit, long now) {
        List<String> out = new ArrayList<>();
        String cursor = afterKey;
        while (out.size() < limit) {
            List<String> keys = scanKeys(storeId, cursor, false, limit, null);
            Set<String> live = new HashSet<>();
            for (int from = 0; from < keys.size(); from += IN_CHUNK) {
                live.addAll(em.createQuery("SELECT r.recordKey FROM StoreRecord r WHERE r.storeId = :s"
                                + " AND r.recordKey IN :keys AND " + LIVE, String.class)
                        .setParameter("s", storeId).setParameter("now", now)
                        .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + IN_CHUNK)))
                        .getResultList());
            }
            keys.stream().filter(live::contains).limit(limit - out.size()).forEach(out::add);
            if (keys.size() < limit) {
                break;
            }
            cursor = keys.get(keys.size() - 1);
        }
        return out;
    }

    /** Up to {@code limit} live records after (or before) {@code cursor}, in scan order. */
    private List<StoreRecord> liveRecords(String storeId, String cursor, boolean backwards, int limit, String prefix, long now) {
        List<StoreRecord> out = new ArrayList<>();
        String from = cursor;
        while (out.size() < limit) {
            List<String> keys = scanKeys(storeId, from, backwards, limit, prefix);
            Map<String, StoreRecord> live = new HashMap<>();
            if (!keys.isEmpty()) {
                em.createQuery("SELECT r FROM StoreRecord r WHERE r.storeId = :s AND r.recordKey IN :keys AND " + LIVE,
                                StoreRecord.class)
                        .setParameter("s", storeId).setParameter("keys", keys).setParameter("now", now)
                        .getResultList().forEach(r -> live.put(r.key(), r));
            }
            keys.stream().map(live::get).filter(r -> r != null).limit(limit - out.size()).forEach(out::add);
            if (keys.size() < limit) {
                break;
            }
            from = keys.get(keys.size() - 1);
        }
        return out;
    }

    /** The next {@code limit} keys after (or before) {@code cursor}, expired or not, from a key index alone. */
    private List<String> scanKeys(String storeId, String cursor, boolean backwards, int limit, String prefix) {
        String jpql = "SELECT r.recordKey FROM StoreRecord r WHERE r.storeId = :s"
                + (prefix == null ? "" : " AND " + STARTS_WITH)
                + (cursor == null ? "" : backwards ? " AND r.recordKey < :c" : " AND r.recordKey > :c")
                + (backwards ? " ORDER BY r.recordKey DESC" : " ORDER BY r.recordKey ASC");
        TypedQuery<String> q = em.createQuery(jpql, String.class).setParameter("s", storeId).setMaxResults(limit);
        if (cursor != null) {
            q.setParameter("c", cursor);
        }
        if (prefix != null) {
            q.setParameter("p", likePrefix(prefix));
        }
        return q.getResultList();
    }

    @Override
    public long countRecords(String storeId, long now) {
        Long rows = em.createQuery("SELECT x.recordCount FROM Store x WHERE x.id = :s", Long.class)
                .setParameter("s", storeId).getResultStream().findFirst().orElse(0L);
        return Math.max(0, rows - countExpired(storeId, now));
    }

    @Override
    public boolean hasRecord(String storeId, String key, long now) {
        return em.createQuery("SELECT COUNT(r) FROM StoreRecord r WHERE r.storeId = :s AND r.recordKey = :k AND "
                        + LIVE, Long.class)
                .setParameter("s", storeId).setParameter("k", key).setParameter("now", now).getSingleResult() > 0;
    }

    @Override
    public long countExpired(String storeId, long now) {
        return em.createQuery("SELECT COUNT(r) FROM StoreRecord r WHERE r.storeId = :s AND r.expiresAt <= :now",
                        Long.class)
                .setParameter("s", storeId).setParameter("now", now).getSingleResult();
    }

    @Override
    public void add(StoreRecord record) {
        em.persist(record);
    }

    @Override
    public void remove(StoreRecord record) {
        em.remove(em.contains(record) ? record : em.merge(record));
    }

    @Override
    public int clear(String storeId) {
        return em.createQuery("DELETE FROM StoreRecord r WHERE r.storeId = :s").setParameter("s", storeId)
                .executeUpdate();
    }

    @Override
    public int deleteExpired(String storeId, long now) {
        return em.createQuery("DELETE FROM StoreRecord r WHERE r.storeId = :s AND r.expiresAt <= :now")
                .setParameter("s", storeId).setParameter("now", now).executeUpdate();
    }
}
