package io.millrace.application.operations;

/** Port: the state of the parts the server needs before it takes work; implemented by infrastructure. */
public interface ReadinessProbe {
    /** Whether the database is prepared and seeded. */
    boolean databaseReady();

    /** Whether the JavaScript runtime is created. */
    boolean runtimeReady();

    /** Whether the server runs its own (embedded) message broker. */
    boolean embeddedBroker();

    /** Execution workers attached to their queue, or -1 with an external broker (not counted). */
    int workerConsumers();

    /** Why the server's memory cannot be trusted (an OutOfMemoryError reached a server thread), or null. */
    String memoryAlarm();
}
