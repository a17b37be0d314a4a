package io.millrace.shared;

/** The named resource does not exist, or not for this caller. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
