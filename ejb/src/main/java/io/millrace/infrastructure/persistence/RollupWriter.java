package io.millrace.infrastructure.persistence;

import io.millrace.domain.execution.SettledHour;
import io.millrace.domain.execution.StatusHour;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Stores the counts of newly settled hours in a transaction of their own: two requests that counted the same hour
 * at once cannot both store it (the second fails on the hour's key and its caller counts that hour live), and the
 * failure leaves the caller's transaction as it was.
 */
@ApplicationScoped
public class RollupWriter {
    @PersistenceContext(unitName = "millrace")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(List<SettledHour> hours, List<StatusHour> counts) {
        hours.forEach(em::persist);
        counts.forEach(em::persist);
        em.flush();
    }
}
