package io.millrace.shared;

/** The request is well formed but the resource's state refuses it (409), e.g. removing a workspace's owner. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
