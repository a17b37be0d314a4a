package io.millrace.application.identity;

import io.millrace.application.environment.SecretBox;
import io.millrace.domain.signin.LocalAccount;
import io.millrace.domain.signin.RecoveryCode;
import io.millrace.domain.signin.RecoveryCodes;
import io.millrace.domain.signin.SignInRepository;
import io.millrace.domain.signin.Totp;
import io.millrace.domain.workspace.User;
import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * TOTP two-factor authentication of local accounts: enrolment (a secret and its {@code otpauth://} URI),
 * confirmation with a first code (which answers the recovery codes, shown only then), turning it off
 * (with the password or a code), and accepting a code at sign-in. Secrets are sealed with the
 * {@link SecretBox} (AES-GCM, like environment variable values), bound to the user's id.
 */
@ApplicationScoped
public class TwoFactor {
    static final String ISSUER = "Millrace";

    @Inject
    SignInRepository repository;
    @Inject
    TwoFactorWriter writer;
    @Inject
    SecretBox box;
    @Inject
    Passwords passwords;

    /** A started enrolment. */
    public record Enrolment(String secret, String uri) {
    }

    public boolean enabled(String userId) {
        return repository.account(userId).map(LocalAccount::twoFactorEnabled).orElse(false);
    }

    /** {@code POST /v1/users/me/2fa}: a new secret waiting for its first code (replacing an unconfirmed one). */
    public Enrolment start(User user) {
        if (enabled(user.id())) {
            throw new InvalidInputException(null, "two-factor authentication is already on: turn it off first");
        }
        String secret = Totp.newSecret();
        writer.enrol(user.id(), box.seal(secret, context(user.id())));
        return new Enrolment(secret, Totp.uri(ISSUER, user.username(), secret));
    }

    /** {@code POST /v1/users/me/2fa/confirm} with {@code {"code"}}: turns 2FA on; the new recovery codes. */
    public List<String> confirm(User user, JsonValue body) {
        String code = code(BodyFields.body(body, Set.of("code")));
        LocalAccount account = repository.account(user.id()).filter(a -> a.pendingTotpSecret() != null)
                .orElseThrow(() -> new InvalidInputException(null,
                        "no enrolment is waiting: start one with POST /v1/users/me/2fa"));
        String secret = box.open(account.pendingTotpSecret(), context(user.id()));
        OptionalLong step = Totp.matchingStep(secret, code, Instant.now(), 0);
        if (step.isEmpty()) {
            throw new InvalidInputException("code", "code is not the current code of the authenticator app");
        }
        List<String> codes = RecoveryCodes.newCodes();
        writer.confirm(user, step.getAsLong(), codes.stream().map(RecoveryCodes::hash).toList());
        return codes;
    }

    /**
     * {@code DELETE /v1/users/me/2fa} with {@code {"password"}} or {@code {"code"}} (a TOTP or recovery
     * code): turns 2FA off.
     */
    public void disable(User user, JsonValue body, String address) {
        JsonObject o = BodyFields.body(body, Set.of("password", "code"));
        LocalAccount account = repository.account(user.id()).filter(LocalAccount::twoFactorEnabled)
                .orElseThrow(() -> new InvalidInputException(null, "two-factor authentication is not on"));
        String password = BodyFields.text(o, "password");
        String code = BodyFields.text(o, "code");
        if (password != null && account.hasPassword()) {
            passwords.checkCurrent(account, password, address, "password");
        } else if (code != null) {
            if (!accept(account, code.trim())) {
                throw new InvalidInputException("code", "wrong or already used code");
            }
        } else {
            throw new InvalidInputException(account.hasPassword() ? "password" : "code",
                    "send your password or a code (of the authenticator app, or a recovery code)");
        }
        writer.disable(user);
    }

    /** Whether the code is the account's current TOTP code or one of its recovery codes; uses it up. */
    boolean accept(LocalAccount account, String code) {
        if (RecoveryCodes.looksLikeOne(code)) {
            String hash = RecoveryCodes.hash(code);
            Optional<RecoveryCode> match = repository.recoveryCodesOf(account.userId()).stream()
                    .filter(c -> java.security.MessageDigest.isEqual(c.codeHash().getBytes(), hash.getBytes()))
                    .findFirst();
            return match.isPresent() && writer.useRecoveryCode(match.get().id());
        }
        String secret = box.open(account.totpSecret(), context(account.userId()));
        OptionalLong step = Totp.matchingStep(secret, code, Instant.now(), account.totpLastStep());
        return step.isPresent() && writer.useStep(account.userId(), step.getAsLong());
    }

    private static String code(JsonObject o) {
        String code = BodyFields.text(o, "code");
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("code", "code is required: the 6 digits the authenticator app shows");
        }
        return code.trim();
    }

    private static String context(String userId) {
        return "totp:" + userId;
    }
}
