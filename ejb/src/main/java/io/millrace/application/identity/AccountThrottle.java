package io.millrace.application.identity;

import io.millrace.domain.workspace.ApiKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The guard of each username against slow guessing from many addresses: a {@link CredentialThrottle}
 * whose "address" is the username tried (whether or not it exists, so answers tell nothing) and whose
 * known "credentials" are the addresses that signed in to it before, so its owner keeps signing in from
 * there while guesses from elsewhere wait. Limits: {@code MILLRACE_SIGNIN_ACCOUNT_FAILURES_ALLOWED}
 * (default 10) and the same longest wait as the address throttle.
 */
@ApplicationScoped
public class AccountThrottle {
    private final CredentialThrottle throttle;

    @Inject
    public AccountThrottle(
            @ConfigProperty(name = "millrace.signin.account.failures.allowed", defaultValue = "10") int allowed,
            @ConfigProperty(name = "millrace.auth.longest.wait.seconds", defaultValue = "900") long longestWait) {
        this.throttle = new CredentialThrottle(Clock.systemUTC(),
                new CredentialThrottle.Limits(allowed, Duration.ofSeconds(longestWait)));
    }

    protected AccountThrottle() { // for the CDI proxy
        this.throttle = null;
    }

    public Duration waitBefore(String username, String address) {
        return throttle.waitBefore(key(username), CredentialThrottle.key(address));
    }

    public Duration failed(String username) {
        return throttle.failed(key(username));
    }

    public void succeeded(String username, String address) {
        throttle.succeeded(key(username), CredentialThrottle.key(address));
    }

    /**
     * Names count without regard to case, by their SHA-256 (no {@code :}, so the throttle never reads one
     * as an IPv6 address, and memory holds no list of names tried).
     */
    private static String key(String username) {
        return "user-" + ApiKeys.hash(username.toLowerCase(Locale.ROOT));
    }
}
