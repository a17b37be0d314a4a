package io.millrace.domain.invitation;

import io.millrace.domain.workspace.EmailDomains;
import io.millrace.domain.workspace.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.util.List;

/**
 * An invitation to join a workspace with a role: to one email address (used once), or an invite link
 * (used by anyone whose email domain is allowed, until it expires or is revoked). Only the SHA-256 of its
 * token is stored. Revoking or using an email invitation deletes it.
 */
@Entity
@Table(name = "MR_INVITATION", indexes = @Index(name = "MR_INVITATION_WORKSPACE", columnList = "workspaceId"))
public class Invitation {
    /** An email invitation or an invite link. */
    public enum Kind { EMAIL, LINK }

    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Kind kind;
    @Column(length = 254)
    private String email;
    @Column(length = 6000)
    private String allowedDomains;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;
    @Column(nullable = false, unique = true, length = 64)
    private String tokenHash;
    @Column(nullable = false, length = 32)
    private String invitedBy;
    private long createdAt;
    private long expiresAt;

    protected Invitation() {
    }

    private Invitation(String id, String workspaceId, Kind kind, String email, List<String> allowedDomains,
                       Role role, String tokenHash, String invitedBy, long createdAt, long expiresAt) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.kind = kind;
        this.email = email;
        this.allowedDomains = allowedDomains.isEmpty() ? null : String.join(",", allowedDomains);
        this.role = role;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** An invitation for one address. */
    public static Invitation forEmail(String id, String workspaceId, String email, Role role, String tokenHash,
                                      String invitedBy, long createdAt, long expiresAt) {
        return new Invitation(id, workspaceId, Kind.EMAIL, email, List.of(), role, tokenHash, invitedBy,
                createdAt, expiresAt);
    }

    /** An invite link for addresses of these domains. */
    public static Invitation link(String id, String workspaceId, List<String> allowedDomains, Role role,
                                  String tokenHash, String invitedBy, long createdAt, long expiresAt) {
        return new Invitation(id, workspaceId, Kind.LINK, null, allowedDomains, role, tokenHash, invitedBy,
                createdAt, expiresAt);
    }

    /** Whether it can still be used at {@code now}. */
    public boolean expired(long now) {
        return now >= expiresAt;
    }

    /** Whether an invite link lets an address of this domain join (email invitations: false). */
    public boolean allowsDomainOf(String address) {
        String domain = EmailDomains.domainOf(address);
        return kind == Kind.LINK && domain != null && allowedDomains().contains(domain);
    }

    public String id() { return id; }
    public String workspaceId() { return workspaceId; }
    public Kind kind() { return kind; }
    public String email() { return email; }
    public List<String> allowedDomains() { return EmailDomains.split(allowedDomains); }
    public Role role() { return role; }
    public String tokenHash() { return tokenHash; }
    public String invitedBy() { return invitedBy; }
    public long createdAt() { return createdAt; }
    public long expiresAt() { return expiresAt; }
}
