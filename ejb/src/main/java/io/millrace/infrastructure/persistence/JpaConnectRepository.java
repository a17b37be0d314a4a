package io.millrace.infrastructure.persistence;

import io.millrace.domain.connect.ConnectEnvironment;
import io.millrace.domain.connect.ConnectProjectWebhook;
import io.millrace.domain.connect.ConnectRepository;
import io.millrace.domain.connect.ConnectToken;
import io.millrace.domain.connect.ConnectTrigger;
import io.millrace.domain.connect.ExternalUser;
import io.millrace.shared.Cursor;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaConnectRepository implements ConnectRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public Optional<ExternalUser> user(String projectId, ConnectEnvironment environment, String externalId) {
        return em.createQuery("SELECT u FROM ExternalUser u WHERE u.projectId = :p AND u.environment = :e"
                        + " AND u.externalId = :x", ExternalUser.class)
                .setParameter("p", projectId).setParameter("e", environment).setParameter("x", externalId)
                .getResultList().stream().findFirst();
    }

    @Override
    public Optional<ExternalUser> userById(String id) {
        return Optional.ofNullable(em.find(ExternalUser.class, id));
    }

    @Override
    public Page<ExternalUser> users(String projectId, ConnectEnvironment environment, PageRequest page) {
        return Paging.page(em, ExternalUser.class, "x.projectId = :p AND x.environment = :e",
                Map.of("p", projectId, "e", environment), page, u -> new Cursor(u.createdAt(), u.id()));
    }

    @Override
    public void add(ExternalUser user) {
        em.persist(user);
    }

    @Override
    public void remove(ExternalUser user) {
        em.createQuery("DELETE FROM ConnectToken t WHERE t.externalUserId = :u").setParameter("u", user.id()).executeUpdate();
        em.createQuery("DELETE FROM ConnectTrigger t WHERE t.externalUserId = :u").setParameter("u", user.id()).executeUpdate();
        em.remove(em.contains(user) ? user : em.merge(user));
    }

    @Override
    public Optional<ConnectToken> token(String tokenHash) {
        return Optional.ofNullable(em.find(ConnectToken.class, tokenHash));
    }

    @Override
    public void add(ConnectToken token) {
        em.persist(token);
    }

    @Override
    public boolean removeToken(String tokenHash) {
        return em.createQuery("DELETE FROM ConnectToken t WHERE t.tokenHash = :h").setParameter("h", tokenHash)
                .executeUpdate() == 1;
    }

    @Override
    public int removeExpiredTokens(long now) {
        return em.createQuery("DELETE FROM ConnectToken t WHERE t.expiresAt <= :now").setParameter("now", now).executeUpdate();
    }

    @Override
    public Optional<ConnectTrigger> trigger(String sourceId) {
        return Optional.ofNullable(em.find(ConnectTrigger.class, sourceId));
    }

    @Override
    public List<ConnectTrigger> triggers(String externalUserId) {
        return em.createQuery("SELECT t FROM ConnectTrigger t WHERE t.externalUserId = :u ORDER BY t.createdAt DESC",
                ConnectTrigger.class).setParameter("u", externalUserId).getResultList();
    }

    @Override
    public void add(ConnectTrigger trigger) {
        em.persist(trigger);
    }

    @Override
    public void remove(ConnectTrigger trigger) {
        em.remove(em.contains(trigger) ? trigger : em.merge(trigger));
    }

    @Override
    public Optional<ConnectProjectWebhook> projectWebhook(String key) {
        return Optional.ofNullable(em.find(ConnectProjectWebhook.class, key));
    }

    @Override
    public void add(ConnectProjectWebhook webhook) {
        em.persist(webhook);
    }

    @Override
    public void remove(ConnectProjectWebhook webhook) {
        em.remove(em.contains(webhook) ? webhook : em.merge(webhook));
    }
}
