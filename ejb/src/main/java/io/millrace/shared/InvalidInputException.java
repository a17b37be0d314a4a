package io.millrace.shared;

/** A client sent something we cannot accept; {@code field} names the offending field when there is one. */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
