package io.millrace.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Test data kept as files under {@code src/test/resources/fixtures}, read from the test classpath
 * exactly as written (the build copies them without filtering, so {@code ${...}} stays as it is).
 */
public final class Fixtures {
    private Fixtures() {
    }

    /** The text of {@code fixtures/<path>}, e.g. {@code Fixtures.text("components/emitter.mjs")}. */
    public static String text(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new AssertionError("no fixture " + path + " on the test classpath (src/test/resources/fixtures)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
