package io.millrace.infrastructure.persistence;

import io.millrace.shared.Cursor;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
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
     * range), so a page of a wide range costs no more than one of a narrow one.
     */
    static <T> Page<T> pageCounting(EntityManager em, Class<T> type, String where, Map<String, Object> params,
                                    PageRequest request, Function<T, Cursor> cursorOf, int cap) {
        TypedQuery<String> ids = em.createQuery("SELECT x.id FROM " + type.getSimpleName() + " x WHERE " + where,
                String.class).setMaxResults(cap + 1);
        params.forEach(ids::setParameter);
        int found = ids.getResultList().size();
        return page(em, type, where, params, request, cursorOf, Math.min(found, cap), found <= cap);
    }

    private static <T> Page<T> page(EntityManager em, Class<T> type, String where, Map<String, Object> params,
                                    PageRequest request, Function<T, Cursor> cursorOf, long total, boolean exact) {
        String entity = type.getSimpleName();

        boolean backwards = request.backwards();
        Cursor cursor = request.cursor() == null ? null : Cursor.decode(request.cursor(), request.cursorParameter());
        String jpql = "SELECT x FROM " + entity + " x WHERE " + where;
        if (cursor != null) {
            jpql += backwards
                    ? " AND x.createdAt >= :cAt AND (x.createdAt > :cAt OR x.id > :cId)"
                    : " AND x.createdAt <= :cAt AND (x.createdAt < :cAt OR x.id < :cId)";
        }
        jpql += backwards ? " ORDER BY x.createdAt ASC, x.id ASC" : " ORDER BY x.createdAt DESC, x.id DESC";
        TypedQuery<T> query = em.createQuery(jpql, type).setMaxResults(request.limit());
        params.forEach(query::setParameter);
        if (cursor != null) {
            query.setParameter("cAt", cursor.createdAt()).setParameter("cId", cursor.id());
        }
        List<T> items = new ArrayList<>(query.getResultList());
        if (backwards) {
            Collections.reverse(items);
        }
        return Page.of(items, total, item -> cursorOf.apply(item).encode()).exact(exact);
    }
}
