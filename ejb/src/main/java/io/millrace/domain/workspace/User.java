package io.millrace.domain.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person or integration that calls the API with its API keys ({@link ApiKey}). {@code apiKeyHash} holds
 * the SHA-256 of the single key users had before named keys (and that a new user gets): the first time
 * it is used or the user's keys are listed, it becomes an {@link ApiKey} named {@code default} and the
 * column keeps a marker that no key hashes to ({@link #retireLegacyApiKey}).
 * <p>
 * A user belongs to workspaces through {@link Membership}s. {@code workspaceId} is its default workspace,
 * where its requests work when they name none; a request's caller is the user seen in the workspace the
 * request works in ({@link #inWorkspace}). {@code admin} marks the server's administrators (the
 * {@code /v1/admin} endpoints, {@code /metrics}), not a role in a workspace.
 */
@Entity
@Table(name = "MR_USER")
public class User {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, unique = true)
    private String username;
    private String email;
    @Column(nullable = false, unique = true, length = 64)
    private String apiKeyHash;
    @Column(nullable = false, length = 32)
    private String workspaceId;
    private boolean admin;
    private long createdAt;

    private static final String RETIRED = "moved-to-api-keys:";

    protected User() {
    }

    public User(String id, String username, String email, String apiKeyHash, String workspaceId, boolean admin,
                long createdAt) {
        this.id = id;
        this.username = username;
        this.email = email;
        this.apiKeyHash = apiKeyHash;
        this.workspaceId = workspaceId;
        this.admin = admin;
        this.createdAt = createdAt;
    }

    /**
     * A caller that is not a stored user: an OAuth client acting for its workspace. Never persisted,
     * never an administrator, no API key.
     */
    public static User actingFor(String id, String username, String workspaceId, long createdAt) {
        return new User(id, username, null, "", workspaceId, false, createdAt);
    }

    /**
     * A user created by a workspace's identity provider (SCIM): no API key (its key column holds the marker
     * no key hashes to) and no password; it signs in with single sign-on.
     */
    public static User provisioned(String id, String username, String email, String workspaceId, long createdAt) {
        User user = new User(id, username, email, "", workspaceId, false, createdAt);
        user.retireLegacyApiKey();
        return user;
    }

    /**
     * This user seen in another workspace it is a member of: an unmanaged copy whose {@link #workspaceId()}
     * is that workspace (this user itself when it is its default workspace). Never persisted or merged.
     */
    public User inWorkspace(String otherWorkspaceId) {
        return otherWorkspaceId.equals(workspaceId) ? this
                : new User(id, username, email, apiKeyHash, otherWorkspaceId, admin, createdAt);
    }

    /** Makes {@code newDefault} the user's default workspace (when it left the old one). */
    public void changeDefaultWorkspace(String newDefault) {
        this.workspaceId = newDefault;
    }

    /** The SHA-256 of the user's key from before named keys, while it has not become an {@link ApiKey}. */
    public java.util.Optional<String> legacyApiKeyHash() {
        return apiKeyHash != null && apiKeyHash.length() == 64 && !apiKeyHash.startsWith(RETIRED)
                ? java.util.Optional.of(apiKeyHash) : java.util.Optional.empty();
    }

    /** The key from before named keys is now an {@link ApiKey}: keeps a unique marker no SHA-256 equals. */
    public void retireLegacyApiKey() {
        this.apiKeyHash = RETIRED + id;
    }

    /** Sets or (null) removes the user's email address, checked with {@link UserRules#checkEmail}. */
    public void changeEmail(String newEmail) {
        this.email = newEmail;
    }

    public String id() { return id; }
    public String username() { return username; }
    public String email() { return email; }
    public String workspaceId() { return workspaceId; }
    public boolean admin() { return admin; }
    public long createdAt() { return createdAt; }
}
