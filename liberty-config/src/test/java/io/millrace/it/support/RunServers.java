package io.millrace.it.support;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Servers kept for the whole test run by a JUnit extension ({@code SsoServer}, {@link RetentionServer}): the first
 * class that asks starts one, later classes get the same, and JUnit closes it when the run ends, from its root store.
 */
public final class RunServers {
    private RunServers() {
    }

    /** The run's server of {@code type} kept under {@code owner}, started by {@code start} the first time. */
    public static <T extends AutoCloseable> T getOrStart(ExtensionContext context, Class<?> owner, Class<T> type,
                                                         Supplier<T> start) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(owner))
                .getOrComputeIfAbsent(type, k -> start.get(), type);
    }

    /** A server of {@code owner} once its extension's {@code beforeAll} ran; else says how a class takes it. */
    public static <T> T started(T server, Class<?> owner) {
        if (server == null) {
            throw new IllegalStateException("@ExtendWith(" + owner.getSimpleName() + ".class) on the test class starts it");
        }
        return server;
    }

    /** One step of stopping what a failed start had started. */
    @FunctionalInterface
    public interface Stop {
        void run() throws Exception;
    }

    /** Runs every stop, in order, each even when one before it failed; their failures go to {@code failure}. */
    public static void stopAfterFailure(Throwable failure, Stop... stops) {
        for (Stop stop : stops) {
            try {
                stop.run();
            } catch (Exception | Error e) {
                failure.addSuppressed(e);
            }
        }
    }
}
