package io.millrace.domain.signin;

import java.util.Optional;

/** The SAML request and assertion ids this server remembers ({@link SamlMessage}). */
public interface SamlMessageRepository {
    Optional<SamlMessage> find(String kind, String messageId);

    /** Stores it now (a second message with the same key fails here). */
    void add(SamlMessage message);

    /** Removes the message if it has not expired at {@code now}: true for the one caller that removed it. */
    boolean removeLive(String kind, String messageId, long now);

    /** Forgets the messages that expired before {@code now}; how many. */
    int removeExpired(long now);
}
