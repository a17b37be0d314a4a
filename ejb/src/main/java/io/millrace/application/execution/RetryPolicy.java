package io.millrace.application.execution;

import io.millrace.orchestrator.RetryRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Auto-retry as configured: the {@link RetryRules} (up to 8 retries of a failed step, {@code base × 2^(n-1)}
 * apart, with the base from {@code millrace.retry.base.seconds}) that the orchestrator applies, and the URLs a
 * paused attempt shows to cancel it or run it at once.
 */
@ApplicationScoped
public class RetryPolicy {
    @Inject
    @ConfigProperty(name = "millrace.retry.base.seconds", defaultValue = "150")
    double baseSeconds;
    @Inject
    @ConfigProperty(name = "millrace.endpoint.base.url", defaultValue = "http://localhost:9080")
    String baseUrl;

    public String cancelUrl(String executionId) {
        return baseUrl.replaceAll("/+$", "") + "/v1/executions/" + executionId + "/cancel";
    }

    public String rerunUrl(String executionId) {
        return baseUrl.replaceAll("/+$", "") + "/v1/executions/" + executionId + "/rerun";
    }

    /** The rules with the configured base. */
    public RetryRules rules() {
        return RetryRules.standard(baseSeconds);
    }
}
