package io.millrace.application.identity;

import io.millrace.domain.signin.SessionTimeouts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The browser sessions' timeouts: {@code MILLRACE_SESSION_IDLE_MINUTES} (default 30) and
 * {@code MILLRACE_SESSION_MAX_HOURS} (default 12); fractions are allowed (tests use seconds).
 */
@ApplicationScoped
public class SessionSettings {
    @Produces
    @Singleton
    SessionTimeouts timeouts(
            @ConfigProperty(name = "millrace.session.idle.minutes", defaultValue = "30") double idleMinutes,
            @ConfigProperty(name = "millrace.session.max.hours", defaultValue = "12") double maxHours) {
        return SessionTimeouts.of(idleMinutes, maxHours);
    }
}
