package io.millrace.application.identity;

import io.millrace.domain.signin.LocalAccount;
import io.millrace.domain.signin.PasswordHash;
import io.millrace.domain.signin.PasswordPolicy;
import io.millrace.domain.signin.SignInRepository;
import io.millrace.domain.workspace.ApiKeys;
import io.millrace.domain.workspace.User;
import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Local passwords: a user changes its own ({@code PUT /v1/users/me/password}, which needs the current one
 * when it has one, under the throttle of its address, and revokes its other browser sessions), and the
 * checking of a new password against {@link PasswordPolicy}.
 */
@ApplicationScoped
public class Passwords {
    private static final Set<String> FIELDS = Set.of("current_password", "password");

    @Inject
    SignInRepository repository;
    @Inject
    SignInWriter writer;
    @Inject
    CredentialThrottle throttle;

    /**
     * Changes the caller's password: {@code {"current_password", "password"}}.
     *
     * @param keepSessionId the caller's browser session, which stays signed in (null for API keys)
     */
    public void change(User caller, String keepSessionId, JsonValue body, String address) {
        JsonObject o = BodyFields.body(body, FIELDS);
        String password = BodyFields.text(o, "password");
        String current = BodyFields.text(o, "current_password");
        PasswordPolicy.check(password, caller.username(), caller.email(), "password");
        Optional<LocalAccount> account = repository.account(caller.id()).filter(LocalAccount::hasPassword);
        if (account.isPresent()) {
            checkCurrent(account.get(), current, address);
        }
        writer.changePassword(caller, PasswordHash.STANDARD.hash(password), keepSessionId);
    }

    /** The hash of a new user's password, checked against the policy (field {@code password}). */
    public String hashForNewUser(String password, String username, String email) {
        PasswordPolicy.check(password, username, email, "password");
        return PasswordHash.STANDARD.hash(password);
    }

    /** Whether the user has a password. */
    public boolean hasPassword(String userId) {
        return repository.account(userId).map(LocalAccount::hasPassword).orElse(false);
    }

    /**
     * Checks the caller's current password under the throttle of its address.
     *
     * @throws InvalidInputException    naming {@code field} when it is missing or wrong
     * @throws TooManyFailuresException when the address must wait
     */
    void checkCurrent(LocalAccount account, String current, String address, String field) {
        if (current == null || current.isEmpty()) {
            throw new InvalidInputException(field, field + " is required: your current password");
        }
        String digest = ApiKeys.hash("current-password\0" + account.userId() + "\0" + current);
        Duration wait = throttle.waitBefore(address, digest);
        if (!wait.isZero()) {
            throw new TooManyFailuresException(wait);
        }
        if (!PasswordHash.STANDARD.matches(current, account.passwordHash())) {
            Duration slowed = throttle.failed(address);
            if (!slowed.isZero()) {
                throw new TooManyFailuresException(slowed);
            }
            throw new InvalidInputException(field, field + " is not your current password");
        }
        throttle.succeeded(address, digest);
    }

    private void checkCurrent(LocalAccount account, String current, String address) {
        checkCurrent(account, current, address, "current_password");
    }
}
