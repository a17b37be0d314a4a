package io.millrace.application.accounts;

/** A step's connected account cannot give credentials: unknown, of another workspace, dead, or its refresh failed. */
public class AccountUnavailableException extends RuntimeException {
    public AccountUnavailableException(String message) {
        super(message);
    }
}
