package io.millrace.application.signin;

import io.millrace.domain.signin.SamlMessage;
import io.millrace.domain.signin.SamlMessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The transactions of the SAML request and assertion ids ({@link SamlMessage}). */
@ApplicationScoped
@Transactional
public class SamlMessages {
    @Inject
    SamlMessageRepository repository;

    /** Remembers a request sent, until {@code expiresAt}; forgets the expired ones. */
    public void pending(String requestId, long expiresAt, long now) {
        repository.removeExpired(now);
        repository.add(new SamlMessage(SamlMessage.REQUEST, requestId, expiresAt));
    }

    /** True once for a request that is pending: it is answered now, and no other response can answer it. */
    public boolean answer(String requestId, long now) {
        return repository.removeLive(SamlMessage.REQUEST, requestId, now);
    }

    /**
     * Remembers an accepted assertion until {@code expiresAt}; false when it was accepted before. (Two
     * concurrent first uses: the second insert fails, and its transaction with it.)
     */
    public boolean firstUse(String assertionId, long expiresAt) {
        if (repository.find(SamlMessage.ASSERTION, assertionId).isPresent()) {
            return false;
        }
        repository.add(new SamlMessage(SamlMessage.ASSERTION, assertionId, expiresAt));
        return true;
    }
}
