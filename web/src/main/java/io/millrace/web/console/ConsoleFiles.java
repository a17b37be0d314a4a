package io.millrace.web.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The files the console serves, read once and kept in memory with their ETag: the console's own (from the web
 * module) and the WebJars' (from the class path, {@code META-INF/resources/webjars/…}).
 */
final class ConsoleFiles {
    /** One file: its bytes, content type and strong ETag (the SHA-256 of the bytes). */
    record File(byte[] bytes, String contentType, String etag) {
    }

    private final Function<String, InputStream> opener;
    private final Map<String, Optional<File>> cache = new ConcurrentHashMap<>();

    /** @param opener opens a resource by its path, or answers null when there is none */
    ConsoleFiles(Function<String, InputStream> opener) {
        this.opener = opener;
    }

    /** The file at {@code path} (a checked path, see {@link ConsolePaths#file}), when there is one. */
    Optional<File> get(String path) {
        return cache.computeIfAbsent(path, this::read);
    }

    private Optional<File> read(String path) {
        try (InputStream in = opener.apply(path)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            String etag = "\"" + ConsolePage.sha256(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .substring(0, 27) + "\"";
            return Optional.of(new File(bytes, ConsolePaths.contentType(path), etag));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
