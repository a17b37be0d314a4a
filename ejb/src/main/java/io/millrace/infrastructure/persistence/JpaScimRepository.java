package io.millrace.infrastructure.persistence;

import io.millrace.domain.scim.ScimLink;
import io.millrace.domain.scim.ScimRepository;
import io.millrace.domain.scim.ScimToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaScimRepository implements ScimRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public Optional<ScimToken> tokenByHash(String tokenHash) {
        return em.createQuery("SELECT t FROM ScimToken t WHERE t.tokenHash = :h", ScimToken.class)
                .setParameter("h", tokenHash).getResultStream().findFirst();
    }

    @Override
    public Optional<ScimToken> token(String workspaceId, String id) {
        return Optional.ofNullable(em.find(ScimToken.class, id)).filter(t -> t.workspaceId().equals(workspaceId));
    }

    @Override
    public List<ScimToken> tokensOf(String workspaceId) {
        return em.createQuery("SELECT t FROM ScimToken t WHERE t.workspaceId = :w ORDER BY t.createdAt, t.id",
                ScimToken.class).setParameter("w", workspaceId).getResultList();
    }

    @Override
    public void add(ScimToken token) {
        em.persist(token);
    }

    @Override
    public void remove(ScimToken token) {
        em.remove(em.contains(token) ? token : em.merge(token));
    }

    @Override
    public Optional<ScimLink> link(String workspaceId, String userId) {
        return em.createQuery("SELECT l FROM ScimLink l WHERE l.workspaceId = :w AND l.userId = :u", ScimLink.class)
                .setParameter("w", workspaceId).setParameter("u", userId).getResultStream().findFirst();
    }

    @Override
    public List<ScimLink> linksOf(String workspaceId) {
        return em.createQuery("SELECT l FROM ScimLink l WHERE l.workspaceId = :w ORDER BY l.createdAt, l.id",
                ScimLink.class).setParameter("w", workspaceId).getResultList();
    }

    @Override
    public void add(ScimLink link) {
        em.persist(link);
    }

    @Override
    public void remove(ScimLink link) {
        em.remove(em.contains(link) ? link : em.merge(link));
    }
}
