package io.millrace.application.notification;

/** The mail server could not be reached or refused a message. */
public class MailException extends RuntimeException {
    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
