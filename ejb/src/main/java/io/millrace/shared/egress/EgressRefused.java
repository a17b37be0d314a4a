package io.millrace.shared.egress;

import java.io.IOException;

/** A connection the egress policy refused; the message says where to and why, and names the policy. */
public final class EgressRefused extends IOException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    public EgressRefused(String target, String reason) {
        super("refused by the egress policy: " + target + " is " + reason
                + " (internal hosts can be allowed with the server variable " + EgressPolicy.ALLOW_VARIABLE + ")");
        this.reason = reason;
    }

    /** Why, as the policy said it: "a loopback address". */
    public String reason() {
        return reason;
    }
}
