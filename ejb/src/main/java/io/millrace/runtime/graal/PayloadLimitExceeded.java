package io.millrace.runtime.graal;

/** Thrown into the guest by the bridge call that exceeded the payload limit (see {@link RunRecord}). */
final class PayloadLimitExceeded extends RuntimeException {
    PayloadLimitExceeded(String message) {
        super(message, null, false, false);
    }
}
