package io.millrace.domain.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How a user signs in with a local account: the password hash ({@link PasswordHash}) and, when set up,
 * the TOTP second factor (its secret sealed like environment variable values, the enrolment that waits
 * for its first code, and the last time step accepted, so no code is accepted twice). One row per user
 * that has a password or 2FA; users without one have no row.
 */
@Entity
@Table(name = "MR_LOCAL_ACCOUNT")
public class LocalAccount {
    @Id
    @Column(length = 32)
    private String userId;
    @Column(length = 200)
    private String passwordHash;
    private long passwordChangedAt;
    @Column(length = 400)
    private String totpSecret;
    @Column(length = 400)
    private String pendingTotpSecret;
    private long totpLastStep;

    protected LocalAccount() {
    }

    public LocalAccount(String userId) {
        this.userId = userId;
    }

    public void changePassword(String hash, long now) {
        this.passwordHash = hash;
        this.passwordChangedAt = now;
    }

    /** Starts (or restarts) an enrolment: the sealed secret waits for its first code. */
    public void enrol(String sealedSecret) {
        this.pendingTotpSecret = sealedSecret;
    }

    /** The enrolment's first code was right: 2FA is on, with that code's step used. */
    public void confirmTotp(long step) {
        this.totpSecret = pendingTotpSecret;
        this.pendingTotpSecret = null;
        this.totpLastStep = step;
    }

    public void removeTotp() {
        this.totpSecret = null;
        this.pendingTotpSecret = null;
        this.totpLastStep = 0;
    }

    /** A TOTP code of this step was accepted: it and earlier ones are not accepted again. */
    public void usedStep(long step) {
        this.totpLastStep = step;
    }

    public String userId() { return userId; }
    public String passwordHash() { return passwordHash; }
    public long passwordChangedAt() { return passwordChangedAt; }
    public boolean hasPassword() { return passwordHash != null; }
    public boolean twoFactorEnabled() { return totpSecret != null; }
    public String totpSecret() { return totpSecret; }
    public String pendingTotpSecret() { return pendingTotpSecret; }
    public long totpLastStep() { return totpLastStep; }
}
