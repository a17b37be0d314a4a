package io.millrace.application.accounts;

/** The provider answered an OAuth request with an error ({@code error}, e.g. {@code invalid_grant}). */
public class OAuthRefusedException extends RuntimeException {
    private final String error;

    public OAuthRefusedException(String error, String description) {
        super(description == null || description.isBlank() ? error : error + ": " + description);
        this.error = error;
    }

    public String error() {
        return error;
    }

    /** Whether the grant itself is gone (revoked, expired): the account must be connected again. */
    public boolean grantGone() {
        return "invalid_grant".equals(error) || "unauthorized_client".equals(error) || "invalid_client".equals(error);
    }
}
