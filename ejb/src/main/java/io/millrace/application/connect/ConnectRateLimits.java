package io.millrace.application.connect;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The documented Connect rate limits (seed /connect/api-reference/rate-limits), counted per server node:
 * {@code POST /tokens} 100 a minute per external user; {@code GET|DELETE /accounts/*} 200 a minute, {@code POST} to
 * components, actions and triggers 100 a minute, {@code GET} of them 3000 in 5 minutes, the proxy 1000 in 5 minutes,
 * each per project.
 */
@ApplicationScoped
public class ConnectRateLimits {
    /** What a request counts against. */
    public enum Kind {
        TOKENS("POST /tokens", new RateWindows(100, 60_000)),
        ACCOUNTS("GET|DELETE /accounts", new RateWindows(200, 60_000)),
        COMPONENTS_POST("POST /components", new RateWindows(100, 60_000)),
        COMPONENTS_GET("GET /components", new RateWindows(3000, 300_000)),
        PROXY("/proxy", new RateWindows(1000, 300_000));

        private final String label;
        private final RateWindows windows;

        Kind(String label, RateWindows windows) {
            this.label = label;
            this.windows = windows;
        }
    }

    /**
     * Counts one request of the project (and external user for {@link Kind#TOKENS}).
     *
     * @throws RateLimitedException when it is over the limit
     */
    public void take(Kind kind, ConnectScope scope, String externalUserId) {
        String key = scope.projectId() + (kind == Kind.TOKENS ? "|" + scope.environment() + "|" + externalUserId : "");
        long wait = kind.windows.take(key, System.currentTimeMillis());
        if (wait > 0) {
            throw new RateLimitedException("rate limit exceeded: " + kind.label + " allows " + kind.windows.limit()
                    + (kind == Kind.TOKENS ? " requests a minute per external user" : " requests per window per project"),
                    Math.max(1, (wait + 999) / 1000));
        }
    }
}
