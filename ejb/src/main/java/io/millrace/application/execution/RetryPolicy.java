package io.millrace.application.execution;

import io.millrace.orchestrator.RetryRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Auto-retry as configured: the {@link RetryRules} (up to 8 retries of a failed step, {@code base × 2^(n-1)}
 * apart, with the base from {@code millrace.retry.base.seconds}) that the orchestrator applies. The URLs a paused
 * attempt shows to cancel it or run it at once are {@link FlowUrls}'.
 */
@ApplicationScoped
public class RetryPolicy {
    @Inject
    @ConfigProperty(name = "millrace.retry.base.seconds", defaultValue = "150")
    double baseSeconds;

    /** The rules with the configured base. */
    public RetryRules rules() {
        return RetryRules.standard(baseSeconds);
    }
}
