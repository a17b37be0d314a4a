package io.millrace.runtime.graal.host;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * Bytes the host hands to JavaScript (a file's contents, an HTTP response body) without copying them
 * until asked: {@code size}, {@code text(charset)} decodes them in Java, {@code copy(arrayBuffer)}
 * writes them into an ArrayBuffer of at least {@code size} bytes.
 */
public final class HostBlob {

    private HostBlob() {
    }

    public static ProxyObject of(byte[] bytes, Charset defaultCharset) {
        return ProxyObject.fromMap(Map.of(
                "size", bytes.length,
                "text", (ProxyExecutable) args -> new String(bytes, charset(args, defaultCharset)),
                "copy", (ProxyExecutable) args -> {
                    HostBytes.write(args[0], 0, bytes);
                    return bytes.length;
                }));
    }

    private static Charset charset(Value[] args, Charset fallback) {
        if (args.length == 0 || args[0] == null || !args[0].isString()) {
            return fallback == null ? StandardCharsets.UTF_8 : fallback;
        }
        try {
            return Charset.forName(args[0].asString());
        } catch (RuntimeException unknown) {
            return StandardCharsets.UTF_8;
        }
    }
}
