package io.millrace.domain.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of the one-time codes that stand in for a TOTP code (when the authenticator is lost), stored as its
 * SHA-256: each code is 80 random bits, so no salt or stretching is needed. A used code is deleted.
 */
@Entity
@Table(name = "MR_RECOVERY_CODE")
public class RecoveryCode {
    @Id
    @Column(length = 32)
    private String id;
    @Column(nullable = false, length = 32)
    private String userId;
    @Column(nullable = false, length = 64)
    private String codeHash;

    protected RecoveryCode() {
    }

    public RecoveryCode(String id, String userId, String codeHash) {
        this.id = id;
        this.userId = userId;
        this.codeHash = codeHash;
    }

    public String id() { return id; }
    public String userId() { return userId; }
    public String codeHash() { return codeHash; }
}
