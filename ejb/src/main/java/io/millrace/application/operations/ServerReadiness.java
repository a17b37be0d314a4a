package io.millrace.application.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Whether the server is ready to take work, for the health endpoint. */
@ApplicationScoped
public class ServerReadiness {
    @Inject
    ReadinessProbe probe;

    public ReadinessReport report() {
        return new ReadinessReport(probe.databaseReady(), probe.runtimeReady(), probe.embeddedBroker(),
                probe.workerConsumers(), probe.memoryAlarm());
    }
}
