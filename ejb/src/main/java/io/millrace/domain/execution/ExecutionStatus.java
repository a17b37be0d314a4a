package io.millrace.domain.execution;

import java.util.Locale;

/** Where an execution is. The API shows the lower-case name. */
public enum ExecutionStatus {
    QUEUED, EXECUTING, SUCCESS, ERROR, TIMEOUT, PAUSED, CANCELLED;

    public boolean finished() {
        return this == SUCCESS || this == ERROR || this == TIMEOUT || this == CANCELLED;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the status with this wire name, or null when there is none */
    public static ExecutionStatus fromWireName(String name) {
        for (ExecutionStatus s : values()) {
            if (s.wireName().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
