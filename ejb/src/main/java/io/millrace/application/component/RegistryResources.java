package io.millrace.application.component;

import io.millrace.shared.JsonText;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry components shipped with Millrace: the resources listed in
 * {@code io/millrace/registry/index.json} ({@code [{"key", "app", "file"}]}), on the class path.
 */
final class RegistryResources {
    static final String DIRECTORY = "io/millrace/registry/";

    private RegistryResources() {
    }

    static List<RegistryResource> shipped() {
        List<RegistryResource> out = new ArrayList<>();
        for (JsonValue v : JsonText.parse(read("index.json")).asJsonArray()) {
            JsonObject entry = v.asJsonObject();
            out.add(new RegistryResource(entry.getString("key"), entry.getString("app"), read(entry.getString("file"))));
        }
        return out;
    }

    private static String read(String name) {
        try (InputStream in = RegistryResources.class.getClassLoader().getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("missing registry resource " + DIRECTORY + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
