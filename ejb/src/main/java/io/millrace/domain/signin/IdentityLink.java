package io.millrace.domain.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * Which Millrace user a directory's or provider's person is: found by (provider, subject), so a person
 * renamed in the directory stays the same user.
 */
@Entity
@Table(name = "MR_IDENTITY_LINK", uniqueConstraints = @UniqueConstraint(columnNames = {"provider", "subject"}))
public class IdentityLink {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 512)
    private String provider;
    @Column(nullable = false, length = 255)
    private String subject;
    @Column(nullable = false, length = 32)
    private String userId;
    private long createdAt;
    private long lastSignInAt;

    protected IdentityLink() {
    }

    public IdentityLink(String id, String provider, String subject, String userId, long createdAt) {
        this.id = id;
        this.provider = provider;
        this.subject = subject;
        this.userId = userId;
        this.createdAt = createdAt;
        this.lastSignInAt = createdAt;
    }

    public void signedIn(long at) {
        this.lastSignInAt = at;
    }

    public String id() { return id; }
    public String provider() { return provider; }
    public String subject() { return subject; }
    public String userId() { return userId; }
    public long createdAt() { return createdAt; }
    public long lastSignInAt() { return lastSignInAt; }
}
