package io.millrace.application.connect;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The documented Connect rate limits (seed /connect/api-reference/rate-limits), counted per server node:
 * {@code POST /tokens} 100 a minute per external user; {@code GET|DELETE /accounts/*} 200 a minute, {@code POST} to
 * components, actions and triggers 100 a minute, {@code GET} of them 3000 in 5 minutes, the proxy 1000 in 5 minutes,
 * each per project. The per-project limits are multiplied by {@code millrace.connect.project.rate.scale} (default 1;
 * Pipedream sets custom limits per customer, a server sets them here).
 */
@ApplicationScoped
public class ConnectRateLimits {
    /** What a request counts against. */
    public enum Kind {
        TOKENS("POST /tokens", 100, 60_000),
        ACCOUNTS("GET|DELETE /accounts", 200, 60_000),
        COMPONENTS_POST("POST /components", 100, 60_000),
        COMPONENTS_GET("GET /components", 3000, 300_000),
        PROXY("/proxy", 1000, 300_000);

        private final String label;
        private final int limit;
        private final long windowMillis;

        Kind(String label, int limit, long windowMillis) {
            this.label = label;
            this.limit = limit;
            this.windowMillis = windowMillis;
        }
    }

    @Inject
    @ConfigProperty(name = "millrace.connect.project.rate.scale", defaultValue = "1")
    int projectScale;
    private final Map<Kind, RateWindows> windows = new EnumMap<>(Kind.class);

    @PostConstruct
    void init() {
        int scale = Math.max(1, projectScale);
        for (Kind kind : Kind.values()) {
            windows.put(kind, new RateWindows(kind == Kind.TOKENS ? kind.limit : kind.limit * scale, kind.windowMillis));
        }
    }

    /**
     * Counts one request of the project (and external user for {@link Kind#TOKENS}).
     *
     * @throws RateLimitedException when it is over the limit
     */
    public void take(Kind kind, ConnectScope scope, String externalUserId) {
        String key = scope.projectId() + (kind == Kind.TOKENS ? "|" + scope.environment() + "|" + externalUserId : "");
        RateWindows counter = windows.get(kind);
        long wait = counter.take(key, System.currentTimeMillis());
        if (wait > 0) {
            throw new RateLimitedException("rate limit exceeded: " + kind.label + " allows " + counter.limit()
                    + (kind == Kind.TOKENS ? " requests a minute per external user" : " requests per window per project"),
                    Math.max(1, (wait + 999) / 1000));
        }
    }
}
