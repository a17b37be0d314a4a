package io.millrace.domain.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A signed-in browser: the SHA-256 of its cookie's random value (never the value), its user, when it
 * began and was last seen, and where from. It ends at sign-out, on revocation, or by {@link SessionTimeouts}.
 */
@Entity
@Table(name = "MR_SESSION")
public class BrowserSession {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, unique = true, length = 64)
    private String tokenHash;
    @Column(nullable = false, length = 32)
    private String userId;
    private long createdAt;
    private long lastSeenAt;
    @Column(length = 64)
    private String address;
    @Column(length = 255)
    private String userAgent;

    protected BrowserSession() {
    }

    public BrowserSession(String id, String tokenHash, String userId, long createdAt, String address,
                          String userAgent) {
        this.id = id;
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.createdAt = createdAt;
        this.lastSeenAt = createdAt;
        this.address = shorten(address, 64);
        this.userAgent = shorten(userAgent, 255);
    }

    public void seen(long now) {
        this.lastSeenAt = Math.max(lastSeenAt, now);
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public String id() { return id; }
    public String tokenHash() { return tokenHash; }
    public String userId() { return userId; }
    public long createdAt() { return createdAt; }
    public long lastSeenAt() { return lastSeenAt; }
    public String address() { return address; }
    public String userAgent() { return userAgent; }
}
