package io.millrace.infrastructure.persistence;

import io.millrace.domain.signin.BrowserSession;
import io.millrace.domain.signin.LocalAccount;
import io.millrace.domain.signin.RecoveryCode;
import io.millrace.domain.signin.SignInRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSignInRepository implements SignInRepository {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Override
    public Optional<LocalAccount> account(String userId) {
        return Optional.ofNullable(em.find(LocalAccount.class, userId));
    }

    @Override
    public void add(LocalAccount account) {
        em.persist(account);
    }

    @Override
    public Optional<BrowserSession> sessionByTokenHash(String tokenHash) {
        return em.createQuery("SELECT s FROM BrowserSession s WHERE s.tokenHash = :h", BrowserSession.class)
                .setParameter("h", tokenHash).getResultStream().findFirst();
    }

    @Override
    public Optional<BrowserSession> session(String id) {
        return Optional.ofNullable(em.find(BrowserSession.class, id));
    }

    @Override
    public List<BrowserSession> sessionsOf(String userId) {
        return em.createQuery("SELECT s FROM BrowserSession s WHERE s.userId = :u ORDER BY s.createdAt DESC, s.id",
                BrowserSession.class).setParameter("u", userId).getResultList();
    }

    @Override
    public void add(BrowserSession session) {
        em.persist(session);
    }

    @Override
    public void remove(BrowserSession session) {
        em.remove(em.contains(session) ? session : em.merge(session));
    }

    @Override
    public int removeSessionsOf(String userId, String keepId) {
        return em.createQuery("DELETE FROM BrowserSession s WHERE s.userId = :u AND s.id <> :k")
                .setParameter("u", userId).setParameter("k", keepId == null ? "" : keepId).executeUpdate();
    }

    @Override
    public int removeExpiredOf(String userId, long createdBefore, long seenBefore) {
        return em.createQuery("DELETE FROM BrowserSession s WHERE s.userId = :u"
                        + " AND (s.createdAt < :c OR s.lastSeenAt < :l)")
                .setParameter("u", userId).setParameter("c", createdBefore).setParameter("l", seenBefore)
                .executeUpdate();
    }

    @Override
    public List<RecoveryCode> recoveryCodesOf(String userId) {
        return em.createQuery("SELECT r FROM RecoveryCode r WHERE r.userId = :u", RecoveryCode.class)
                .setParameter("u", userId).getResultList();
    }

    @Override
    public void add(RecoveryCode code) {
        em.persist(code);
    }

    @Override
    public void remove(RecoveryCode code) {
        em.remove(em.contains(code) ? code : em.merge(code));
    }

    @Override
    public void removeRecoveryCodesOf(String userId) {
        em.createQuery("DELETE FROM RecoveryCode r WHERE r.userId = :u").setParameter("u", userId).executeUpdate();
    }

    @Override
    public boolean removeRecoveryCode(String id) {
        return em.createQuery("DELETE FROM RecoveryCode r WHERE r.id = :i").setParameter("i", id).executeUpdate() == 1;
    }

    @Override
    public boolean useTotpStep(String userId, long step) {
        return em.createQuery("UPDATE LocalAccount a SET a.totpLastStep = :s WHERE a.userId = :u AND a.totpLastStep < :s")
                .setParameter("s", step).setParameter("u", userId).executeUpdate() == 1;
    }
}
