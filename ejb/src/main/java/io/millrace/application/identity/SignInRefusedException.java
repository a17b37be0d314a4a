package io.millrace.application.identity;

/**
 * A sign-in (or a check of the current password or a second factor) was refused: answered with
 * {@link #status()} and the message, naming {@code field} when the request must add or correct one
 * ({@code code}). The status is 401 for credentials that are not accepted; directory and OIDC sign-in also
 * use 400 (a malformed request or callback), 403 (verified but given no workspace), 404 (not configured) and
 * 503 (the directory or provider cannot be reached). The message of a wrong password is the same whether or
 * not the username exists.
 */
public class SignInRefusedException extends RuntimeException {
    static final String WRONG_CREDENTIALS = "wrong username or password";

    private final int status;
    private final String field;

    public SignInRefusedException(String message, String field) {
        this(401, message, field);
    }

    public SignInRefusedException(int status, String message, String field) {
        super(message);
        if (status != 400 && status != 401 && status != 403 && status != 404 && status != 503) {
            throw new IllegalArgumentException("not a sign-in refusal status: " + status);
        }
        this.status = status;
        this.field = field;
    }

    public static SignInRefusedException wrongCredentials() {
        return new SignInRefusedException(WRONG_CREDENTIALS, null);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
