package io.millrace.application.operations;

/**
 * The server's readiness and what it depends on.
 *
 * @param workers     execution workers attached to their queue; -1 with an external broker
 * @param memoryAlarm why the server's memory cannot be trusted (an OutOfMemoryError reached one of its
 *                    threads), or null
 */
public record ReadinessReport(boolean database, boolean runtime, boolean embeddedBroker, int workers,
                              String memoryAlarm) {

    /**
     * Ready when the database is seeded, the runtime is created, some worker listens (or the broker is
     * external) and no OutOfMemoryError ever reached a server thread.
     */
    public boolean ready() {
        return database && runtime && workers != 0 && memoryAlarm == null;
    }
}
