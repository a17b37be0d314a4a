package io.millrace.infrastructure.persistence;

import io.millrace.domain.cluster.NodeClaim;
import io.millrace.domain.cluster.NodeClaimRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** One conditional UPDATE per claim; an INSERT (flushed at once) for a claim never taken. */
@ApplicationScoped
public class JpaNodeClaimRepository implements NodeClaimRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public boolean claim(String name, String holder, long nowMs, long untilMs) {
        int taken = em.createQuery("UPDATE NodeClaim c SET c.holder = :holder, c.untilMs = :until"
                        + " WHERE c.name = :name AND (c.untilMs < :now OR c.holder = :holder)")
                .setParameter("holder", holder).setParameter("until", untilMs).setParameter("name", name)
                .setParameter("now", nowMs).executeUpdate();
        if (taken == 1) {
            return true;
        }
        if (em.find(NodeClaim.class, name) != null) {
            return false;
        }
        em.persist(new NodeClaim(name, holder, untilMs));
        em.flush();
        return true;
    }

    @Override
    public void release(String name, String holder) {
        em.createQuery("UPDATE NodeClaim c SET c.untilMs = 0 WHERE c.name = :name AND c.holder = :holder")
                .setParameter("name", name).setParameter("holder", holder).executeUpdate();
    }
}
