package io.millrace.web.limits;

import java.util.regex.Pattern;

/**
 * The largest request body of each class of {@code /v1} endpoint: definitions (creating, changing or
 * importing a workflow, its draft, a component, a source or a project archive, which carry code) and API JSON (everything else).
 *
 * @param api         the limit of API JSON bodies, in bytes
 * @param definitions the limit of definition bodies, in bytes
 */
public record BodyLimits(int api, int definitions) {
    private static final Pattern DEFINITION = Pattern.compile(
            "/v1/(workflows|components|sources)(/[^/]+)?/?|/v1/workflows/[^/]+/draft/?|/v1/projects/import/?");

    public BodyLimits {
        if (api < 1 || definitions < 1) {
            throw new IllegalArgumentException("body limits must be at least 1 byte: " + api + ", " + definitions);
        }
    }

    /** The limit of a request with this method to this path (below the context root, not decoded). */
    public int of(String method, String path) {
        boolean writes = "POST".equals(method) || "PUT".equals(method);
        return writes && DEFINITION.matcher(path).matches() ? definitions : api;
    }
}
