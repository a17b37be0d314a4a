package io.millrace.application.connect;

import io.millrace.domain.component.Component;

/** Which components a Connect path lists: all ({@code /components}), {@code /actions} or {@code /triggers}. */
public enum ComponentKind {
    ANY, ACTION, TRIGGER;

    /** Whether the component is of this kind (a source is a trigger). */
    public boolean includes(Component c) {
        return this == ANY || (this == TRIGGER) == c.source();
    }

    /** The component's {@code component_type}: {@code trigger} for a source, else {@code action}. */
    public static String typeOf(Component c) {
        return c.source() ? "trigger" : "action";
    }

    /** {@code components}, {@code actions} or {@code triggers}, as in the path. */
    public static ComponentKind ofPath(String segment) {
        return switch (segment) {
            case "actions" -> ACTION;
            case "triggers" -> TRIGGER;
            default -> ANY;
        };
    }

    /** The noun of error messages. */
    public String noun() {
        return switch (this) {
            case ACTION -> "action";
            case TRIGGER -> "trigger";
            default -> "component";
        };
    }
}
