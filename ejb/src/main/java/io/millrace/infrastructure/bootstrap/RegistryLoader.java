package io.millrace.infrastructure.bootstrap;

import io.millrace.application.ComponentRegistry;
import io.millrace.application.RegistryResource;
import io.millrace.shared.JsonText;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Installs Millrace's registry components when the application starts: the resources listed in
 * {@code io/millrace/registry/index.json} ({@code [{"key", "app", "file"}]}), read from the class path.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
public class RegistryLoader {
    static final String DIRECTORY = "io/millrace/registry/";
    private static final Logger LOG = Logger.getLogger(RegistryLoader.class.getName());

    @Inject
    ComponentRegistry registry;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        try {
            registry.install(resources());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the component registry could not be installed", e);
        }
    }

    static List<RegistryResource> resources() {
        List<RegistryResource> out = new ArrayList<>();
        for (JsonValue v : JsonText.parse(read("index.json")).asJsonArray()) {
            JsonObject entry = v.asJsonObject();
            out.add(new RegistryResource(entry.getString("key"), entry.getString("app"),
                    read(entry.getString("file"))));
        }
        return out;
    }

    private static String read(String name) {
        try (InputStream in = RegistryLoader.class.getClassLoader().getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("missing registry resource " + DIRECTORY + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
