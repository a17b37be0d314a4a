package io.millrace.application.operations;

/**
 * The server's readiness and what it depends on.
 *
 * @param workers execution workers attached to their queue; -1 with an external broker
 */
public record ReadinessReport(boolean database, boolean runtime, boolean embeddedBroker, int workers) {

    /** Ready when the database is seeded, the runtime is created and some worker listens (or the broker is external). */
    public boolean ready() {
        return database && runtime && workers != 0;
    }
}
