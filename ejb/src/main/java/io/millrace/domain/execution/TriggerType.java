package io.millrace.domain.execution;

import java.util.Locale;

/**
 * What started an execution, read from the prefix of its emitter id ({@link Execution#triggerId()}): an HTTP
 * trigger ({@code hi_…}), a source the workflow subscribes to ({@code dc_…}, a {@code source} trigger or a
 * subscription), another workflow's emitted events ({@code p_…}, a subscription), an email trigger ({@code ei_…})
 * or a schedule trigger ({@code ti_…}). Replays and test runs keep the emitter of the execution they came from.
 */
public enum TriggerType {
    HTTP("hi_"), SOURCE("dc_"), WORKFLOW("p_"), EMAIL("ei_"), SCHEDULE("ti_");

    private final String emitterPrefix;

    TriggerType(String emitterPrefix) {
        this.emitterPrefix = emitterPrefix;
    }

    /** The prefix of the emitter ids of this type. */
    public String emitterPrefix() {
        return emitterPrefix;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the type with this wire name, or null when there is none */
    public static TriggerType fromWireName(String name) {
        for (TriggerType t : values()) {
            if (t.wireName().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
