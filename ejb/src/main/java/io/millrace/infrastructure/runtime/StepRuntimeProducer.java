package io.millrace.infrastructure.runtime;

import io.millrace.infrastructure.config.DataDirectory;
import io.millrace.runtime.ComponentRuntime;
import io.millrace.runtime.StepRuntime;
import io.millrace.runtime.graal.GraalComponentRuntime;
import io.millrace.runtime.graal.GraalStepRuntime;
import io.millrace.runtime.npm.NpmRegistry;
import io.millrace.runtime.npm.PackageCache;
import io.millrace.runtime.npm.PackageResolver;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One GraalJS runtime (one shared engine and pool of prepared contexts) for the whole application,
 * offered as the {@link StepRuntime} for code steps and the {@link ComponentRuntime} for sources and
 * component metadata. npm packages imported by steps and components come from
 * {@code millrace.npm.registry} and are cached by name@version under the data directory. The engine
 * is closed when the application stops.
 */
@ApplicationScoped
public class StepRuntimeProducer {
    @Inject
    @ConfigProperty(name = "millrace.npm.registry", defaultValue = "https://registry.npmjs.org")
    String npmRegistry;
    @Inject
    DataDirectory dataDirectory;

    private GraalStepRuntime runtime;

    private synchronized GraalStepRuntime runtime() {
        if (runtime == null) {
            PackageResolver packages = new PackageResolver(new NpmRegistry(npmRegistry),
                    new PackageCache(dataDirectory.path().resolve("npm-cache")));
            runtime = new GraalStepRuntime(packages);
        }
        return runtime;
    }

    @Produces
    @ApplicationScoped
    StepRuntime stepRuntime() {
        return runtime();
    }

    @Produces
    @ApplicationScoped
    ComponentRuntime componentRuntime() {
        return new GraalComponentRuntime(runtime());
    }

    @PreDestroy
    synchronized void close() {
        if (runtime != null) {
            runtime.close();
            runtime = null;
        }
    }
}
