package io.millrace.application.email;

/** A message that cannot be read as RFC 5322 / MIME. */
public class MalformedMailException extends RuntimeException {
    public MalformedMailException(String message, Throwable cause) {
        super(message, cause);
    }
}
