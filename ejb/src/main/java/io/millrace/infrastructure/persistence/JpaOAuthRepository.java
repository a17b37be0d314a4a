package io.millrace.infrastructure.persistence;

import io.millrace.domain.auth.AccessToken;
import io.millrace.domain.auth.OAuthClient;
import io.millrace.domain.auth.OAuthRepository;
import io.millrace.shared.Cursor;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaOAuthRepository implements OAuthRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public Optional<OAuthClient> client(String clientId) {
        return Optional.ofNullable(em.find(OAuthClient.class, clientId));
    }

    @Override
    public Page<OAuthClient> clients(String workspaceId, PageRequest page) {
        return Paging.page(em, OAuthClient.class, "x.workspaceId = :w", Map.of("w", workspaceId), page,
                c -> new Cursor(c.createdAt(), c.id()));
    }

    @Override
    public void add(OAuthClient client) {
        em.persist(client);
    }

    @Override
    public void remove(OAuthClient client) {
        em.remove(em.contains(client) ? client : em.merge(client));
    }

    @Override
    public Optional<AccessToken> token(String tokenHash) {
        return Optional.ofNullable(em.find(AccessToken.class, tokenHash));
    }

    @Override
    public void add(AccessToken token) {
        em.persist(token);
    }

    @Override
    public void remove(AccessToken token) {
        em.remove(em.contains(token) ? token : em.merge(token));
    }

    @Override
    public int removeTokensOf(String clientId) {
        return em.createQuery("DELETE FROM AccessToken t WHERE t.clientId = :c")
                .setParameter("c", clientId).executeUpdate();
    }

    @Override
    public int removeExpiredTokensOf(String clientId, long now) {
        return em.createQuery("DELETE FROM AccessToken t WHERE t.clientId = :c AND t.expiresAt <= :now")
                .setParameter("c", clientId).setParameter("now", now).executeUpdate();
    }
}
