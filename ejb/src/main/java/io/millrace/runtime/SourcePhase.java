package io.millrace.runtime;

/** What a source run does: one of the component API's hooks, or {@code run(event)}. */
public enum SourcePhase {
    /** {@code hooks.deploy()}: once, when the source is created (before {@code activate}). */
    DEPLOY,
    /** {@code hooks.activate()}: when the source is created or re-activated, and after an update. */
    ACTIVATE,
    /** {@code hooks.deactivate()}: when the source is deactivated, before an update, and when it is deleted. */
    DEACTIVATE,
    /** {@code run(event)}: a timer tick, an HTTP request, or an event from a subscribed emitter. */
    RUN;

    /** The hook's name in the component ({@code deploy}, ...), or {@code run}. */
    public String jsName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
