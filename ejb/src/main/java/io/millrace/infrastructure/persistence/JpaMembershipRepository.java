package io.millrace.infrastructure.persistence;

import io.millrace.domain.workspace.Membership;
import io.millrace.domain.workspace.MembershipRepository;
import io.millrace.domain.workspace.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMembershipRepository implements MembershipRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public Optional<Membership> membership(String workspaceId, String userId) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.workspaceId = :w AND m.userId = :u", Membership.class)
                .setParameter("w", workspaceId).setParameter("u", userId).getResultStream().findFirst();
    }

    @Override
    public List<Membership> ofUser(String userId) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.userId = :u ORDER BY m.createdAt, m.id",
                Membership.class).setParameter("u", userId).getResultList();
    }

    @Override
    public List<Member> members(String workspaceId) {
        return em.createQuery("SELECT m, u FROM Membership m, User u WHERE m.workspaceId = :w AND u.id = m.userId"
                        + " ORDER BY m.createdAt, m.id", Object[].class)
                .setParameter("w", workspaceId).getResultStream()
                .map(row -> new Member((Membership) row[0], (User) row[1])).toList();
    }

    @Override
    public void add(Membership membership) {
        em.persist(membership);
    }

    @Override
    public void remove(Membership membership) {
        em.remove(em.contains(membership) ? membership : em.merge(membership));
    }

    @Override
    public List<User> usersWithoutMembership() {
        return em.createQuery("SELECT u FROM User u WHERE NOT EXISTS"
                + " (SELECT m FROM Membership m WHERE m.userId = u.id) ORDER BY u.createdAt, u.id", User.class)
                .getResultList();
    }
}
