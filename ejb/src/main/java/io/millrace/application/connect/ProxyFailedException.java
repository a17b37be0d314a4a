package io.millrace.application.connect;

/** A proxy request that did not reach the app's API or got no answer in time. */
public class ProxyFailedException extends RuntimeException {
    /** Why: the egress policy refused the address (403), the API is unreachable (502), or it timed out (504). */
    public enum Reason {
        REFUSED(403), UNREACHABLE(502), TIMEOUT(504);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;

    public ProxyFailedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
