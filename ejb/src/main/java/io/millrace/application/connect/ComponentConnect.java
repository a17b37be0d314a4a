package io.millrace.application.connect;

import io.millrace.domain.component.Component;

/** Small helpers about components run for Connect. */
final class ComponentConnect {
    private ComponentConnect() {
    }

    /** The name a component runs under as a step (its key, else its id). */
    static String stepName(Component c) {
        return ConnectComponents.keyOf(c).replaceAll("[^A-Za-z0-9_]", "_");
    }
}
