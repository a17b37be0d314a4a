package io.millrace.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the server keeps its own files (the embedded broker's journal). {@code millrace.data.dir},
 * else {@code data} under the server's output directory (Liberty's working directory).
 */
@ApplicationScoped
public class DataDirectory {
    @Inject
    @ConfigProperty(name = "millrace.data.dir")
    Optional<String> configured;

    public Path path() {
        return configured.filter(d -> !d.isBlank() && !d.contains("${"))
                .map(Path::of).orElse(Path.of("data")).toAbsolutePath();
    }
}
