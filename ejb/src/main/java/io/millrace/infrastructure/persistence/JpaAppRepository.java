package io.millrace.infrastructure.persistence;

import io.millrace.domain.apps.App;
import io.millrace.domain.apps.AppOAuthClient;
import io.millrace.domain.apps.AppRepository;
import io.millrace.shared.Cursor;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaAppRepository implements AppRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public Optional<App> app(String id) {
        return Optional.ofNullable(em.find(App.class, id));
    }

    @Override
    public Optional<App> bySlug(String nameSlug) {
        return em.createQuery("SELECT x FROM App x WHERE x.nameSlug = :s", App.class).setParameter("s", nameSlug)
                .getResultStream().findFirst();
    }

    @Override
    public Page<App> apps(String query, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = "1 = 1";
        if (query != null && !query.isBlank()) {
            where = "(LOWER(x.name) LIKE :q ESCAPE '\\' OR x.nameSlug LIKE :q ESCAPE '\\')";
            params.put("q", "%" + HistoryWhere.escapeLike(query.trim().toLowerCase(Locale.ROOT)) + "%");
        }
        return Paging.page(em, App.class, where, params, page, a -> new Cursor(a.createdAt(), a.id()));
    }

    @Override
    public void add(App app) {
        em.persist(app);
    }

    @Override
    public void remove(App app) {
        em.remove(em.contains(app) ? app : em.merge(app));
    }

    @Override
    public boolean hasAccounts(String appId) {
        return !em.createQuery("SELECT x.id FROM ConnectedAccount x WHERE x.appId = :a", String.class)
                .setParameter("a", appId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<AppOAuthClient> oauthClientsOf(String appId) {
        return em.createQuery("SELECT x FROM AppOAuthClient x WHERE x.appId = :a", AppOAuthClient.class)
                .setParameter("a", appId).getResultList();
    }

    @Override
    public Optional<AppOAuthClient> oauthClient(String workspaceId, String appId) {
        return em.createQuery("SELECT x FROM AppOAuthClient x WHERE x.workspaceId = :w AND x.appId = :a",
                AppOAuthClient.class).setParameter("w", workspaceId).setParameter("a", appId).getResultStream().findFirst();
    }

    @Override
    public Optional<AppOAuthClient> oauthClientById(String workspaceId, String id) {
        return Optional.ofNullable(em.find(AppOAuthClient.class, id)).filter(c -> c.workspaceId().equals(workspaceId));
    }

    @Override
    public List<AppOAuthClient> oauthClients(String workspaceId) {
        return em.createQuery("SELECT x FROM AppOAuthClient x WHERE x.workspaceId = :w ORDER BY x.createdAt DESC",
                AppOAuthClient.class).setParameter("w", workspaceId).getResultList();
    }

    @Override
    public void add(AppOAuthClient client) {
        em.persist(client);
    }

    @Override
    public void remove(AppOAuthClient client) {
        em.remove(em.contains(client) ? client : em.merge(client));
    }
}
