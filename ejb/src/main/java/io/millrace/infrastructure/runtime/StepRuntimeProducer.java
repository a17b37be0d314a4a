package io.millrace.infrastructure.runtime;

import io.millrace.infrastructure.config.DataDirectory;
import io.millrace.runtime.StepRuntime;
import io.millrace.runtime.graal.GraalStepRuntime;
import io.millrace.runtime.npm.NpmRegistry;
import io.millrace.runtime.npm.PackageCache;
import io.millrace.runtime.npm.PackageResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One GraalJS step runtime (one shared engine) for the whole application. npm packages imported by
 * steps come from {@code millrace.npm.registry} and are cached by name@version under the data
 * directory.
 */
@ApplicationScoped
public class StepRuntimeProducer {
    @Inject
    @ConfigProperty(name = "millrace.npm.registry", defaultValue = "https://registry.npmjs.org")
    String npmRegistry;
    @Inject
    DataDirectory dataDirectory;

    @Produces
    @ApplicationScoped
    StepRuntime stepRuntime() {
        PackageResolver packages = new PackageResolver(new NpmRegistry(npmRegistry),
                new PackageCache(dataDirectory.path().resolve("npm-cache")));
        return new GraalStepRuntime(packages);
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
