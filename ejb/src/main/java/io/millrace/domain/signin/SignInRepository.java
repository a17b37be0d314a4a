package io.millrace.domain.signin;

import java.util.List;
import java.util.Optional;

/** Local accounts, browser sessions and recovery codes. */
public interface SignInRepository {
    Optional<LocalAccount> account(String userId);

    void add(LocalAccount account);

    /** The session whose cookie value has this SHA-256. */
    Optional<BrowserSession> sessionByTokenHash(String tokenHash);

    Optional<BrowserSession> session(String id);

    /** The user's sessions, newest first. */
    List<BrowserSession> sessionsOf(String userId);

    void add(BrowserSession session);

    void remove(BrowserSession session);

    /** Removes the user's sessions except {@code keepId} (may be null); returns how many. */
    int removeSessionsOf(String userId, String keepId);

    /** Removes the user's sessions that began before {@code createdBefore} or were last seen before {@code seenBefore}. */
    int removeExpiredOf(String userId, long createdBefore, long seenBefore);

    List<RecoveryCode> recoveryCodesOf(String userId);

    void add(RecoveryCode code);

    void remove(RecoveryCode code);

    void removeRecoveryCodesOf(String userId);

    /** Deletes a recovery code; false when it was gone already (used by another request). */
    boolean removeRecoveryCode(String id);

    /**
     * Records that a TOTP code of {@code step} was accepted, only when no code of this or a later step was
     * (one conditional update, so two requests cannot both use a code).
     */
    boolean useTotpStep(String userId, long step);
}
