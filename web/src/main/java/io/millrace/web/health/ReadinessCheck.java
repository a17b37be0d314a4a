package io.millrace.web.health;

import io.millrace.infrastructure.bootstrap.FirstStart;
import io.millrace.infrastructure.messaging.EmbeddedBroker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database is seeded and, with the embedded broker, the execution workers are
 * attached to their queue (so an accepted event starts running at once).
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
    @Inject
    FirstStart firstStart;
    @Inject
    EmbeddedBroker broker;

    @Override
    public HealthCheckResponse call() {
        int workers = broker.workerConsumers();
        boolean up = firstStart.done() && workers != 0;
        return HealthCheckResponse.named("millrace")
                .status(up)
                .withData("database", firstStart.done() ? "UP" : "DOWN")
                .withData("broker", broker.embedded() ? "embedded" : "external")
                .withData("workers", workers)
                .build();
    }
}
