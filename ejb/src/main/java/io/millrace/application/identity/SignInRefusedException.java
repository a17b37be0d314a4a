package io.millrace.application.identity;

/**
 * A sign-in (or a check of the current password or a second factor) was refused: answered 401 with the
 * message, naming {@code field} when the request must add or correct one ({@code code}). The message of a
 * wrong password is the same whether or not the username exists.
 */
public class SignInRefusedException extends RuntimeException {
    static final String WRONG_CREDENTIALS = "wrong username or password";

    private final String field;

    public SignInRefusedException(String message, String field) {
        super(message);
        this.field = field;
    }

    public static SignInRefusedException wrongCredentials() {
        return new SignInRefusedException(WRONG_CREDENTIALS, null);
    }

    public String field() {
        return field;
    }
}
