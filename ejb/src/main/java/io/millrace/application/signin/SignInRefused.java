package io.millrace.application.signin;

/**
 * A sign-in that did not happen, with the answer the person gets: {@code status} 400 (a malformed
 * request), 401 (not verified: wrong password, unknown user, a token that fails validation) or 403
 * (verified but not let in: no mapped group and no default workspace). The message names no secret and
 * is the same for a wrong password and an unknown user.
 */
public class SignInRefused extends RuntimeException {
    private final int status;
    private final String field;

    public SignInRefused(int status, String message, String field) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static SignInRefused badCredentials() {
        return new SignInRefused(401, "wrong username or password", null);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
