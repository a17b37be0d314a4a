package io.millrace.domain.auth;

import io.millrace.shared.Quoted;

/**
 * A refused OAuth request, answered in RFC 6749's error shape
 * ({@code {"error": "invalid_client", "error_description": "…"}}) with {@code status}.
 */
public class OAuthException extends RuntimeException {
    private final String error;
    private final int status;
    private final long retryAfterSeconds;

    public OAuthException(int status, String error, String description) {
        this(status, error, description, 0);
    }

    private OAuthException(int status, String error, String description, long retryAfterSeconds) {
        super(Quoted.message(description));
        this.status = status;
        this.error = error;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /**
     * Too many failed client secrets from the caller's address: 429 {@code slow_down} (the OAuth error
     * registry's name for "slow down", RFC 8628) with {@code Retry-After}.
     */
    public static OAuthException slowDown(String description, long retryAfterSeconds) {
        return new OAuthException(429, "slow_down", description, retryAfterSeconds);
    }

    /** Missing or malformed parameters: 400 {@code invalid_request}. */
    public static OAuthException invalidRequest(String description) {
        return new OAuthException(400, "invalid_request", description);
    }

    /** Unknown client or wrong secret: 401 {@code invalid_client}. */
    public static OAuthException invalidClient() {
        return new OAuthException(401, "invalid_client", "client authentication failed: unknown client_id or wrong client_secret");
    }

    public String error() {
        return error;
    }

    public int status() {
        return status;
    }

    /** The seconds to wait before trying again; 0 when the refusal has nothing to wait for. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
