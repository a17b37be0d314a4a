package io.millrace.web.health;

import io.millrace.application.operations.ReadinessReport;
import io.millrace.application.operations.ServerReadiness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database is seeded, the JavaScript runtime is created and, with the embedded broker, the
 * execution workers are attached to their queue (so an accepted event starts running at once); see
 * {@link ReadinessReport#ready()}. Once an OutOfMemoryError reached one of the server's threads, it stays DOWN
 * until a restart, with the reason under {@code memory}.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
    @Inject
    ServerReadiness readiness;

    @Override
    public HealthCheckResponse call() {
        ReadinessReport report = readiness.report();
        return HealthCheckResponse.named("millrace")
                .status(report.ready())
                .withData("database", report.database() ? "UP" : "DOWN")
                .withData("runtime", report.runtime() ? "UP" : "DOWN")
                .withData("broker", report.embeddedBroker() ? "embedded" : "external")
                .withData("workers", report.workers())
                .withData("memory", report.memoryAlarm() == null ? "UP" : report.memoryAlarm())
                .build();
    }
}
