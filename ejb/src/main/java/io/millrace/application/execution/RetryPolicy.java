package io.millrace.application.execution;

import io.millrace.orchestrator.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Auto-retry: up to 8 retries of a failed step with exponential backoff, {@code base × 2^(n-1)}.
 * The default base of 150 s spreads the 8 retries over about 10.6 hours. Timeouts, out-of-memory
 * and payload-limit errors are not retried (retrying cannot fix them).
 */
@ApplicationScoped
public class RetryPolicy {
    public static final int MAX_RETRIES = 8;
    private static final Set<String> NOT_RETRIED = Set.of("TIMEOUT", "Out of Memory",
            "Function Payload Limit Exceeded", "InternalError");

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

    /** Whether a step that failed with {@code errorName}, after {@code retriesDone} retries, is retried. */
    public boolean retries(String errorName, int retriesDone) {
        return retriesDone < MAX_RETRIES && !NOT_RETRIED.contains(errorName);
    }

    /** How long to wait before retry number {@code retry} (1-based). */
    public long delayMillis(int retry) {
        return new Backoff(baseSeconds).delayMillis(retry);
    }
}
