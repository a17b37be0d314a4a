package io.millrace.domain.audit;

import java.util.Objects;

/**
 * Who made a change.
 *
 * @param id   the user id, API key id or OAuth client id; null for the system
 * @param name the username or client name at the time; null for the system
 */
public record Actor(ActorType type, String id, String name) {
    private static final Actor SYSTEM = new Actor(ActorType.SYSTEM, null, null);

    public Actor {
        Objects.requireNonNull(type, "type");
    }

    /** The server itself: start-up, timers, workers, anything outside an API request. */
    public static Actor system() {
        return SYSTEM;
    }
}
