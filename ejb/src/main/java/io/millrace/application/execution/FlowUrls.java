package io.millrace.application.execution;

import io.millrace.application.environment.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code resume_url} and {@code cancel_url} that {@code $.flow.delay} returns: secret URLs of one
 * execution, usable without an API key (seed page /workflows/building-workflows/code/nodejs/delay:
 * "load these in your browser or send an HTTP request"). The secret is a keyed digest of the
 * execution id and the action, so nothing is stored and each URL works for its execution only.
 */
@ApplicationScoped
public class FlowUrls {
    static final String RESUME = "resume";
    static final String CANCEL = "cancel";

    @Inject
    @ConfigProperty(name = "millrace.endpoint.base.url", defaultValue = "http://localhost:9080")
    String baseUrl;
    @Inject
    SecretBox secrets;

    public String resumeUrl(String executionId) {
        return url(executionId, RESUME);
    }

    public String cancelUrl(String executionId) {
        return url(executionId, CANCEL);
    }

    /** True when {@code token} is the secret of {@code action} on {@code executionId}. */
    public boolean valid(String executionId, String action, String token) {
        if (executionId == null || token == null || !(RESUME.equals(action) || CANCEL.equals(action))) {
            return false;
        }
        return MessageDigest.isEqual(token(executionId, action).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    private String url(String executionId, String action) {
        return baseUrl.replaceAll("/+$", "") + "/flow/" + executionId + "/" + action + "?token="
                + token(executionId, action);
    }

    private String token(String executionId, String action) {
        return secrets.mac("flow " + action + " " + executionId);
    }
}
