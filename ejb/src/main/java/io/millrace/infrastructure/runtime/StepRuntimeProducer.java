package io.millrace.infrastructure.runtime;

import io.millrace.infrastructure.config.DataDirectory;
import io.millrace.runtime.ComponentRuntime;
import io.millrace.runtime.StepRuntime;
import io.millrace.runtime.graal.GraalComponentRuntime;
import io.millrace.runtime.graal.GraalStepRuntime;
import io.millrace.runtime.graal.RuntimeLimits;
import io.millrace.runtime.graal.RuntimeOptions;
import io.millrace.runtime.npm.NpmRegistry;
import io.millrace.runtime.npm.PackageCache;
import io.millrace.runtime.npm.PackageResolver;
import io.millrace.shared.egress.EgressGuard;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One GraalJS runtime (one shared engine and pool of prepared contexts) for the whole application,
 * offered as the {@link StepRuntime} for code steps and the {@link ComponentRuntime} for sources and
 * component metadata. npm packages imported by steps and components come from
 * {@code millrace.npm.registry} and are cached by name@version under the data directory. Their HTTP
 * requests follow the server's egress policy ({@link io.millrace.infrastructure.config.EgressSettings}).
 *
 * <p>The runtime's tasks (stopping runs at their deadline, the memory watchdog, preparing contexts) run
 * on one thread made by the container's {@code java:comp/DefaultManagedThreadFactory}: a managed thread,
 * with the application's context, that the container interrupts when the application stops. The engine
 * is closed and that thread's executor shut down when the application stops. The container's managed
 * scheduled executor is not used: Liberty runs its tasks on its one shared pool, the pool that runs the
 * requests and messages that run steps, so a deadline or memory check would wait behind the very steps
 * it must stop whenever that pool is busy.
 */
@ApplicationScoped
public class StepRuntimeProducer {
    @Inject
    @ConfigProperty(name = "millrace.npm.registry", defaultValue = "https://registry.npmjs.org")
    String npmRegistry;
    /** A step's memory limit (the seed's default workflow memory); see {@link RuntimeLimits}. */
    @Inject
    @ConfigProperty(name = "millrace.step.memory.mb", defaultValue = "256")
    long stepMemoryMb;
    @Inject
    DataDirectory dataDirectory;
    @Inject
    EgressGuard egress;
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private ScheduledThreadPoolExecutor scheduler;
    private GraalStepRuntime runtime;

    private synchronized GraalStepRuntime runtime() {
        if (runtime == null) {
            PackageResolver packages = new PackageResolver(new NpmRegistry(npmRegistry),
                    new PackageCache(dataDirectory.path().resolve("npm-cache")));
            scheduler = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = threads.newThread(task);
                thread.setName("millrace-step-runtime");
                return thread;
            });
            scheduler.setRemoveOnCancelPolicy(true);
            try {
                RuntimeLimits limits = RuntimeLimits.DEFAULTS.withMemory(Math.max(16, stepMemoryMb) * RuntimeLimits.MB,
                        RuntimeLimits.DEFAULTS.heapUsedFraction());
                runtime = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS.withLimits(limits).withPackages(packages)
                        .withEgress(egress));
            } catch (RuntimeException | Error e) {
                scheduler.shutdownNow();
                scheduler = null;
                throw e;
            }
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
            try {
                runtime.close();
            } finally {
                scheduler.shutdownNow();
                runtime = null;
                scheduler = null;
            }
        }
    }
}
