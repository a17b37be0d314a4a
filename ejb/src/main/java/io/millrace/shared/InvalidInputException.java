package io.millrace.shared;

/**
 * A client sent something we cannot accept; {@code field} names the offending field when there is one.
 * Both are bounded ({@link Quoted}): a message quotes client values through {@link Quoted}, and a field
 * path holding a client's key is shortened here at the latest.
 */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(Quoted.message(message));
        this.field = field == null ? null : Quoted.shorten(field, Quoted.MAX_DETAIL);
    }

    public String field() {
        return field;
    }
}
