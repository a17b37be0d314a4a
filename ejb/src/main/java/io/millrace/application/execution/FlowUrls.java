package io.millrace.application.execution;

import io.millrace.application.environment.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one convention of every link that acts on a paused execution: {@code <base>/flow/<execution id>/<action>?token=…}
 * with the actions {@code resume} and {@code cancel} ({@code $.flow.delay}, {@code $.flow.suspend},
 * {@code $.flow.rerun}) and {@code rerun} (a failed step waiting for its automatic retry: run it now). They are
 * secret URLs of one execution, usable without an API key by any HTTP request (seed pages
 * /workflows/building-workflows/code/nodejs/delay and .../rerun: "load these in your browser or send any HTTP
 * request to them"). The secret is a keyed digest (HMAC-SHA256) of the execution id and the action, so nothing is
 * stored, nobody can guess it, and each URL works for its execution only.
 */
@ApplicationScoped
public class FlowUrls {
    static final String RESUME = "resume";
    static final String CANCEL = "cancel";
    static final String RERUN = "rerun";

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

    /** The {@code rerun_url} of a failed step waiting for its retry. */
    public String rerunUrl(String executionId) {
        return url(executionId, RERUN);
    }

    /** True when {@code token} is the secret of {@code action} on {@code executionId}. */
    public boolean valid(String executionId, String action, String token) {
        if (executionId == null || token == null || !(RESUME.equals(action) || CANCEL.equals(action) || RERUN.equals(action))) {
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
