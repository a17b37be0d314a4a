package io.millrace.application.cluster;

import io.millrace.domain.cluster.NodeClaimRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Each claim and release in a short transaction of its own, whatever the caller's. */
@ApplicationScoped
public class ClaimWriter {
    @Inject
    NodeClaimRepository claims;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String name, String holder, long nowMs, long untilMs) {
        return claims.claim(name, holder, nowMs, untilMs);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String name, String holder) {
        claims.release(name, holder);
    }
}
