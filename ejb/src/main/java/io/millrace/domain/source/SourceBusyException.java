package io.millrace.domain.source;

/** A source's lease could not be taken in time: a run or another change holds it. The API answers 409. */
public class SourceBusyException extends RuntimeException {
    public SourceBusyException(String message) {
        super(message);
    }
}
