package io.millrace.infrastructure.runtime;

import io.millrace.runtime.StepRuntime;
import io.millrace.runtime.graal.GraalStepRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

/** One GraalJS step runtime (one shared engine) for the whole application. */
@ApplicationScoped
public class StepRuntimeProducer {

    @Produces
    @ApplicationScoped
    StepRuntime stepRuntime() {
        return new GraalStepRuntime();
    }

    void close(@Disposes StepRuntime runtime) {
        if (runtime instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // shutting down
            }
        }
    }
}
