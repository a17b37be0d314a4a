package io.millrace.runtime.graal.host;

import io.millrace.runtime.FileStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.graalvm.polyglot.Value;

/**
 * The project's file store behind {@code $.files} (lib/files.js). Each call goes to the {@link FileStore} port at
 * once, on the run's thread, and answers with a JSON envelope, {@code {"ok": value}} or {@code {"error": message}}.
 * Bytes cross as ArrayBuffers: {@code write} reads the guest's; {@code read} keeps the file's bytes until
 * {@code take} copies them into an ArrayBuffer the guest made of the size {@code read} answered.
 */
final class HostFileStore {
    private final FileStore files;
    private byte[] pending;

    HostFileStore(FileStore files) {
        this.files = files == null ? FileStore.NONE : files;
    }

    /** {@code call(op, path, …)}: write(path, bytes, contentType), read(path), take(buffer), info, delete, dir, url. */
    String call(Value[] args) {
        try {
            String op = args[0].asString();
            if (op.equals("take")) {
                byte[] bytes = pending == null ? new byte[0] : pending;
                pending = null;
                HostBytes.write(args[1], 0, bytes);
                return ok(bytes.length);
            }
            String path = args[1].isNull() ? "" : args[1].asString();
            switch (op) {
                case "write":
                    return ok(json(files.write(path, HostBytes.read(args[2]),
                            args.length > 3 && args[3].isString() ? args[3].asString() : null)));
                case "read": {
                    Optional<byte[]> bytes = files.read(path);
                    pending = bytes.orElse(null);
                    return ok(bytes.map(b -> (Object) b.length).orElse(null));
                }
                case "info":
                    return ok(files.info(path).map(HostFileStore::json).orElse(null));
                case "delete":
                    return ok(files.delete(path));
                case "dir":
                    return ok(files.dir(path).stream().map(HostFileStore::json).toList());
                case "url":
                    return ok(files.url(path).orElse(null));
                default:
                    return error("unknown operation " + op);
            }
        } catch (RuntimeException e) {
            return error(e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static Map<String, Object> json(FileStore.Info info) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("path", info.path());
        out.put("directory", info.directory());
        out.put("size", info.size());
        out.put("modifiedAt", info.modifiedAt());
        out.put("contentType", info.contentType());
        return out;
    }

    private static String ok(Object value) {
        return "{\"ok\":" + JsonStrings.write(value) + "}";
    }

    private static String error(String message) {
        return "{\"error\":" + JsonStrings.quote(message) + "}";
    }
}
