package io.millrace.infrastructure.persistence;

import io.millrace.domain.signin.IdentityLink;
import io.millrace.domain.signin.IdentityLinkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaIdentityLinkRepository implements IdentityLinkRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public Optional<IdentityLink> find(String provider, String subject) {
        return em.createQuery("SELECT l FROM IdentityLink l WHERE l.provider = :p AND l.subject = :s", IdentityLink.class)
                .setParameter("p", provider).setParameter("s", subject).getResultStream().findFirst();
    }

    @Override
    public void add(IdentityLink link) {
        em.persist(link);
    }
}
