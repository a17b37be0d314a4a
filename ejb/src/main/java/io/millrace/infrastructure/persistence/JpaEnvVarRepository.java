package io.millrace.infrastructure.persistence;

import io.millrace.domain.environment.EnvVar;
import io.millrace.domain.environment.EnvVarRepository;
import io.millrace.domain.environment.Scope;
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
public class JpaEnvVarRepository implements EnvVarRepository {
    private static final String IN_SCOPE = "x.scopeType = :t AND x.scopeId = :s";

    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public Optional<EnvVar> envVar(Scope scope, String id) {
        return Optional.ofNullable(em.find(EnvVar.class, id)).filter(v -> v.scope().equals(scope));
    }

    @Override
    public Optional<EnvVar> byKey(Scope scope, String key) {
        return em.createQuery("SELECT x FROM EnvVar x WHERE " + IN_SCOPE + " AND x.varKey = :k", EnvVar.class)
                .setParameter("t", scope.type()).setParameter("s", scope.id()).setParameter("k", key)
                .getResultStream().findFirst();
    }

    @Override
    public Page<EnvVar> envVars(Scope scope, PageRequest page) {
        return Paging.page(em, EnvVar.class, IN_SCOPE, Map.of("t", scope.type(), "s", scope.id()), page,
                v -> new Cursor(v.createdAt(), v.id()));
    }

    @Override
    public List<EnvVar> all(Scope scope) {
        return em.createQuery("SELECT x FROM EnvVar x WHERE " + IN_SCOPE + " ORDER BY x.varKey", EnvVar.class)
                .setParameter("t", scope.type()).setParameter("s", scope.id()).getResultList();
    }

    @Override
    public void add(EnvVar envVar) {
        em.persist(envVar);
    }

    @Override
    public void remove(EnvVar envVar) {
        em.remove(em.contains(envVar) ? envVar : em.merge(envVar));
    }
}
