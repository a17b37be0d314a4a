package io.millrace.application.identity;

import io.millrace.domain.signin.LocalAccount;
import io.millrace.domain.signin.PasswordHash;
import io.millrace.domain.signin.SignInRepository;
import io.millrace.domain.workspace.ApiKeys;
import io.millrace.domain.workspace.SignInMethod;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code POST /login}: checks a username and password (and the second factor when the user has one) and
 * opens a browser session. Unknown usernames and users without a password take the same time (a dummy
 * hash is checked) and get the same answer as a wrong password. Attempts are throttled per client address
 * ({@link CredentialThrottle}, shared with API keys) and per username ({@link AccountThrottle}).
 */
@ApplicationScoped
public class SignIn {
    private static final String THROTTLED = "too many failed sign-ins";

    @Inject
    WorkspaceRepository workspaces;
    @Inject
    SignInRepository repository;
    @Inject
    SignInWriter writer;
    @Inject
    CredentialThrottle throttle;
    @Inject
    AccountThrottle accounts;
    @Inject
    TwoFactor twoFactor;
    @Inject
    BrowserSessions sessions;
    @Inject
    SignInPolicy policy;

    private final String dummyHash = PasswordHash.STANDARD.hash("no such user: the same work as a real check");

    /**
     * @param code a TOTP or recovery code, needed when the user has 2FA on; else ignored
     * @throws SignInRefusedException    wrong credentials (401)
     * @throws TooManyFailuresException  the address or the username must wait (429)
     */
    public SignedIn signIn(String username, String password, String code, String address, String userAgent) {
        String digest = ApiKeys.hash("sign-in\0" + username + "\0" + password);
        Duration wait = longer(throttle.waitBefore(address, digest), accounts.waitBefore(username, address));
        if (!wait.isZero()) {
            throw new TooManyFailuresException(wait, THROTTLED);
        }
        Optional<User> user = workspaces.userByUsername(username);
        Optional<LocalAccount> account = user.flatMap(u -> repository.account(u.id())).filter(LocalAccount::hasPassword);
        boolean matches = PasswordHash.STANDARD.matches(password, account.map(LocalAccount::passwordHash).orElse(dummyHash));
        if (!matches || account.isEmpty()) {
            throw failed(user, username, "wrong password", address, SignInRefusedException.wrongCredentials());
        }
        Optional<io.millrace.domain.workspace.Workspace> refusing = policy.refusing(user.get(), SignInMethod.PASSWORD);
        if (refusing.isPresent()) { // the password was right: no failure for the throttles
            writer.failed(user.get(), username, "login method not allowed by workspace " + refusing.get().id(), "password");
            throw SignInPolicy.refusal(refusing.get(), SignInMethod.PASSWORD);
        }
        String method = "password";
        if (account.get().twoFactorEnabled()) {
            if (code == null || code.isBlank()) {
                throw new SignInRefusedException("this account has two-factor authentication: send code, "
                        + "a code of your authenticator app or a recovery code", "code");
            }
            if (!twoFactor.accept(account.get(), code.trim())) {
                throw failed(user, username, "wrong code", address,
                        new SignInRefusedException("wrong or already used code", "code"));
            }
            method = "password+totp";
        }
        throttle.succeeded(address, digest);
        accounts.succeeded(username, address);
        return sessions.open(user.get(), method, address, userAgent);
    }

    /**
     * Opens a browser session for a user whose credentials were checked ({@code method} goes to the audit
     * log's {@code user.signed_in}).
     */
    public SignedIn open(User user, String address, String userAgent, String method) {
        return sessions.open(user, method, address, userAgent);
    }

    /** Records a failure (in the audit log when the user exists) and gives what to throw. */
    private RuntimeException failed(Optional<User> user, String username, String reason, String address,
                                    SignInRefusedException refusal) {
        user.ifPresent(u -> writer.failed(u, username, reason, "password"));
        Duration wait = longer(throttle.failed(address), accounts.failed(username));
        return wait.isZero() ? refusal : new TooManyFailuresException(wait, THROTTLED);
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
