package io.millrace.infrastructure.bootstrap;

import io.millrace.application.operations.ReadinessProbe;
import io.millrace.infrastructure.messaging.EmbeddedBroker;
import io.millrace.infrastructure.runtime.RuntimeWarmUp;
import io.millrace.shared.memory.OutOfMemoryAlarm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** How far the start has gone: the seeded database, the warmed-up runtime and the broker's workers. */
@ApplicationScoped
public class StartupReadiness implements ReadinessProbe {
    @Inject
    FirstStart firstStart;
    @Inject
    RuntimeWarmUp runtime;
    @Inject
    EmbeddedBroker broker;

    @Override
    public boolean databaseReady() {
        return firstStart.done();
    }

    @Override
    public boolean runtimeReady() {
        return runtime.done();
    }

    @Override
    public boolean embeddedBroker() {
        return broker.embedded();
    }

    @Override
    public int workerConsumers() {
        return broker.workerConsumers();
    }

    @Override
    public String memoryAlarm() {
        return OutOfMemoryAlarm.reason();
    }
}
