package io.millrace.domain.auth;

/**
 * A refused OAuth request, answered in RFC 6749's error shape
 * ({@code {"error": "invalid_client", "error_description": "…"}}) with {@code status}.
 */
public class OAuthException extends RuntimeException {
    private final String error;
    private final int status;

    public OAuthException(int status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
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
}
