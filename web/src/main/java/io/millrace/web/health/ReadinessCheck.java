package io.millrace.web.health;

import io.millrace.infrastructure.bootstrap.FirstStart;
import io.millrace.infrastructure.messaging.EmbeddedBroker;
import io.millrace.infrastructure.runtime.RuntimeWarmUp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database is seeded, the JavaScript runtime is created and, with the embedded broker, the execution workers are
 * attached to their queue (so an accepted event starts running at once).
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
    @Inject
    FirstStart firstStart;
    @Inject
    EmbeddedBroker broker;
    @Inject
    RuntimeWarmUp runtime;

    @Override
    public HealthCheckResponse call() {
        int workers = broker.workerConsumers();
        boolean up = firstStart.done() && runtime.done() && workers != 0;
        return HealthCheckResponse.named("millrace")
                .status(up)
                .withData("database", firstStart.done() ? "UP" : "DOWN")
                .withData("runtime", runtime.done() ? "UP" : "DOWN")
                .withData("broker", broker.embedded() ? "embedded" : "external")
                .withData("workers", workers)
                .build();
    }
}
