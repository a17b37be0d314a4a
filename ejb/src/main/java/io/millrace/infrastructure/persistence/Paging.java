package io.millrace.infrastructure.persistence;

import io.millrace.shared.Cursor;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Newest-first keyset paging over an entity with {@code createdAt} and {@code id}: a page after a
 * cursor holds older items, a page before it newer ones, and no item is skipped or repeated while
 * items are added. The cursor's time is also a plain bound ({@code createdAt <= …}), so that the database starts the
 * index range at the cursor instead of reading from the newest item.
 */
final class Paging {
    private Paging() {
    }

    /**
     * @param where  JPQL condition on alias {@code x} selecting the list (no cursor part)
     * @param params parameters of {@code where}
     */
    static <T> Page<T> page(EntityManager em, Class<T> type, String where, Map<String, Object> params,
                            PageRequest request, Function<T, Cursor> cursorOf) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(x) FROM " + type.getSimpleName() + " x WHERE " + where,
                Long.class);
        params.forEach(count::setParameter);
        return page(em, type, where, params, request, cursorOf, count.getSingleResult(), true);
    }

    /**
     * A page whose {@code totalCount} counts the matches exactly only up to {@code cap}: more than {@code cap}
     * matches give {@code cap} and a total that is not exact. The count reads at most {@code cap + 1} ids (an index
     * range), so a page of a wide range costs no more than one of a narrow one. The page itself is read in two
     * steps: the ids of its items, newest first (a query an index holding the condition's columns, {@code createdAt}
     * and {@code id} answers alone), then those items by id. Asked for whole rows in order, Derby's optimizer does not
     * weigh the row limit against a sort: it chose a smaller index, fetched every match's row and sorted them all
     * (11,250 rows for a page of 20 at 150,000 executions, {@code HistoryPlanTest}).
     */
    static <T> Page<T> pageCounting(EntityManager em, Class<T> type, String where, Map<String, Object> params,
                                    PageRequest request, Function<T, Cursor> cursorOf, int cap) {
        return pageCounting(em, type, where, params, where, params, request, cursorOf, cap);
    }

    /**
     * {@link #pageCounting(EntityManager, Class, String, Map, PageRequest, Function, int)} counting the matches of
     * {@code where} and reading the page from those of {@code pageWhere}: the same matches, with the time range
     * already cut at the cursor, so that the database starts the index range there (given the range's own bound and
     * the cursor's, Derby started at the range's and read every match up to the cursor).
     */
    static <T> Page<T> pageCounting(EntityManager em, Class<T> type, String where, Map<String, Object> params,
                                    String pageWhere, Map<String, Object> pageParams, PageRequest request,
                                    Function<T, Cursor> cursorOf, int cap) {
        TypedQuery<String> ids = em.createQuery("SELECT x.id FROM " + type.getSimpleName() + " x WHERE " + where,
                String.class).setMaxResults(cap + 1);
        params.forEach(ids::setParameter);
        int found = ids.getResultList().size();
        long total = Math.min(found, cap);
        boolean backwards = request.backwards();
        TypedQuery<String> keys = em.createQuery(ordered("SELECT x.id FROM " + type.getSimpleName() + " x WHERE "
                + pageWhere, request), String.class).setMaxResults(request.limit());
        bind(keys, pageParams, request);
        List<String> order = new ArrayList<>(keys.getResultList());
        if (backwards) {
            Collections.reverse(order);
        }
        List<T> items = new ArrayList<>(order.size());
        if (!order.isEmpty()) {
            Map<String, T> byId = new HashMap<>();
            em.createQuery("SELECT x FROM " + type.getSimpleName() + " x WHERE x.id IN :ids", type)
                    .setParameter("ids", order).getResultList()
                    .forEach(item -> byId.put(cursorOf.apply(item).id(), item));
            for (String id : order) {
                T item = byId.get(id);
                if (item != null) { // deleted between the two reads
                    items.add(item);
                }
            }
        }
        return Page.of(items, total, item -> cursorOf.apply(item).encode()).exact(found <= cap);
    }

    private static <T> Page<T> page(EntityManager em, Class<T> type, String where, Map<String, Object> params,
                                    PageRequest request, Function<T, Cursor> cursorOf, long total, boolean exact) {
        TypedQuery<T> query = em.createQuery(ordered("SELECT x FROM " + type.getSimpleName() + " x WHERE " + where,
                request), type).setMaxResults(request.limit());
        bind(query, params, request);
        List<T> items = new ArrayList<>(query.getResultList());
        if (request.backwards()) {
            Collections.reverse(items);
        }
        return Page.of(items, total, item -> cursorOf.apply(item).encode()).exact(exact);
    }

    /** {@code select} with the cursor's keyset condition (if any) and the page's order. */
    private static String ordered(String select, PageRequest request) {
        boolean backwards = request.backwards();
        String jpql = select;
        if (request.cursor() != null) {
            jpql += backwards
                    ? " AND x.createdAt >= :cAt AND (x.createdAt > :cAt OR x.id > :cId)"
                    : " AND x.createdAt <= :cAt AND (x.createdAt < :cAt OR x.id < :cId)";
        }
        return jpql + (backwards ? " ORDER BY x.createdAt ASC, x.id ASC" : " ORDER BY x.createdAt DESC, x.id DESC");
    }

    private static void bind(TypedQuery<?> query, Map<String, Object> params, PageRequest request) {
        params.forEach(query::setParameter);
        if (request.cursor() != null) {
            Cursor cursor = Cursor.decode(request.cursor(), request.cursorParameter());
            query.setParameter("cAt", cursor.createdAt()).setParameter("cId", cursor.id());
        }
    }
}
