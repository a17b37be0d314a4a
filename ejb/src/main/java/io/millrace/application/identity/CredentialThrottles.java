package io.millrace.application.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's one {@link CredentialThrottle}, with the limits of {@code MILLRACE_AUTH_FAILURES_ALLOWED}
 * (default 10) and {@code MILLRACE_AUTH_LONGEST_WAIT_SECONDS} (default 900) and the system clock.
 */
@ApplicationScoped
public class CredentialThrottles {
    @Produces
    @Singleton
    CredentialThrottle throttle(
            @ConfigProperty(name = "millrace.auth.failures.allowed", defaultValue = "10") int allowed,
            @ConfigProperty(name = "millrace.auth.longest.wait.seconds", defaultValue = "900") long longestWait) {
        return new CredentialThrottle(Clock.systemUTC(), new CredentialThrottle.Limits(allowed,
                Duration.ofSeconds(longestWait)));
    }
}
