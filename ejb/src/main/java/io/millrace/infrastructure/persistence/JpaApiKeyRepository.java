package io.millrace.infrastructure.persistence;

import io.millrace.domain.workspace.ApiKey;
import io.millrace.domain.workspace.ApiKeyRepository;
import io.millrace.domain.workspace.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaApiKeyRepository implements ApiKeyRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public Optional<KeyHolder> byHash(String keyHash) {
        return em.createQuery("SELECT k, u FROM ApiKey k, User u WHERE k.keyHash = :h AND u.id = k.userId",
                        Object[].class)
                .setParameter("h", keyHash).getResultStream().findFirst()
                .map(row -> new KeyHolder((ApiKey) row[0], (User) row[1]));
    }

    @Override
    public Optional<ApiKey> key(String id) {
        return Optional.ofNullable(em.find(ApiKey.class, id));
    }

    @Override
    public List<ApiKey> keysOf(String userId) {
        return em.createQuery("SELECT k FROM ApiKey k WHERE k.userId = :u ORDER BY k.createdAt, k.id", ApiKey.class)
                .setParameter("u", userId).getResultList();
    }

    @Override
    public long countOf(String userId) {
        return em.createQuery("SELECT COUNT(k) FROM ApiKey k WHERE k.userId = :u", Long.class)
                .setParameter("u", userId).getSingleResult();
    }

    @Override
    public void add(ApiKey key) {
        em.persist(key);
    }

    @Override
    public void remove(ApiKey key) {
        em.remove(em.contains(key) ? key : em.merge(key));
    }
}
