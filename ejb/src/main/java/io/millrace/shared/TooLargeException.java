package io.millrace.shared;

/** The content is larger than a limit allows (413), e.g. a file over the file store's size limit. */
public class TooLargeException extends RuntimeException {
    public TooLargeException(String message) {
        super(message);
    }
}
