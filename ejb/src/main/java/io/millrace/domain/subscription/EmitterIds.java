package io.millrace.domain.subscription;

/** The kinds of ids that take part in subscriptions, by prefix, and the emitter globs. */
public final class EmitterIds {
    public static final String SOURCE = "dc_";
    public static final String WORKFLOW = "p_";
    public static final String WEBHOOK = "wh_";
    public static final String ALL_SOURCES = "dc_*";
    public static final String ALL_WORKFLOWS = "p_*";

    private EmitterIds() {
    }

    public static boolean isGlob(String emitterId) {
        return ALL_SOURCES.equals(emitterId) || ALL_WORKFLOWS.equals(emitterId);
    }

    /** The glob that covers the emitter ({@code dc_*} or {@code p_*}), or null. */
    public static String globOf(String emitterId) {
        if (emitterId.startsWith(SOURCE)) {
            return ALL_SOURCES;
        }
        return emitterId.startsWith(WORKFLOW) ? ALL_WORKFLOWS : null;
    }
}
