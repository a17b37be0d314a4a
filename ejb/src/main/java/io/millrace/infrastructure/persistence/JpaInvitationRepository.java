package io.millrace.infrastructure.persistence;

import io.millrace.domain.invitation.Invitation;
import io.millrace.domain.invitation.InvitationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaInvitationRepository implements InvitationRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public void add(Invitation invitation) {
        em.persist(invitation);
    }

    @Override
    public Optional<Invitation> byTokenHash(String tokenHash) {
        return em.createQuery("SELECT i FROM Invitation i WHERE i.tokenHash = :h", Invitation.class)
                .setParameter("h", tokenHash).getResultStream().findFirst();
    }

    @Override
    public Optional<Invitation> invitation(String id) {
        return Optional.ofNullable(em.find(Invitation.class, id));
    }

    @Override
    public List<Invitation> pendingOf(String workspaceId, Invitation.Kind kind, long now) {
        return em.createQuery("SELECT i FROM Invitation i WHERE i.workspaceId = :w AND i.kind = :k"
                        + " AND i.expiresAt > :now ORDER BY i.createdAt DESC, i.id", Invitation.class)
                .setParameter("w", workspaceId).setParameter("k", kind).setParameter("now", now)
                .setMaxResults(1000).getResultList();
    }

    @Override
    public boolean remove(String id) {
        return em.createQuery("DELETE FROM Invitation i WHERE i.id = :i").setParameter("i", id).executeUpdate() == 1;
    }
}
