package io.millrace.domain.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A SAML message id this server must remember until it expires: an AuthnRequest it sent (kind
 * {@value #REQUEST}; a response must answer one that is still pending, which is then removed, so it is
 * answered only once) or an assertion it accepted (kind {@value #ASSERTION}; the same assertion is never
 * accepted twice). Stored, so that every node of a cluster knows them; the primary key makes a second use
 * fail even in a race.
 */
@Entity
@Table(name = "MR_SAML_MESSAGE")
public class SamlMessage {
    public static final String REQUEST = "request";
    public static final String ASSERTION = "assertion";

    @Id
    @Column(length = 300)
    private String id;
    @Column(nullable = false, length = 16)
    private String kind;
    private long expiresAt;

    protected SamlMessage() {
    }

    /** @param messageId the id in the message (at most 256 characters, checked by the caller) */
    public SamlMessage(String kind, String messageId, long expiresAt) {
        this.id = key(kind, messageId);
        this.kind = kind;
        this.expiresAt = expiresAt;
    }

    /** The stored key of a message id of this kind. */
    public static String key(String kind, String messageId) {
        return kind + ":" + messageId;
    }

    public String id() { return id; }
    public String kind() { return kind; }
    public long expiresAt() { return expiresAt; }
}
