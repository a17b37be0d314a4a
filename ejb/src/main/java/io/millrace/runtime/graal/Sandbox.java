package io.millrace.runtime.graal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;

import io.millrace.runtime.graal.modules.BuiltinModules;

/** Engine and context settings for running untrusted step code, and the sources evaluated in them. */
final class Sandbox {

    static final String LANGUAGE = "js";
    static final String MODULE_MIME_TYPE = "application/javascript+module";
    static final String BOOTSTRAP_NAME = "millrace-bootstrap.js";

    /** The bootstrap script; its value is {@code install(host)}. Shared so its parse is cached by the engine. */
    static final Source BOOTSTRAP = Source.newBuilder(LANGUAGE, read("bootstrap.js"), BOOTSTRAP_NAME).buildLiteral();

    /** The allocation guards, evaluated before the bootstrap; its value is {@code guard(capBytes)}. */
    static final Source GUARDS = Source.newBuilder(LANGUAGE, read("guards.js"), "millrace-bootstrap/guards.js").buildLiteral();

    /** GraalJS's own longest string, in characters. */
    private static final long ENGINE_STRING_LIMIT = 1_073_741_799L;

    /**
     * Libraries the bootstrap evaluates only when a step first uses them (see {@code lib()} in
     * bootstrap.js), so that a step that needs no Buffer, URL or crypto does not pay for them.
     * Their names contain "millrace-bootstrap" so their frames are left out of stacks like the bootstrap's.
     */
    private static final Map<String, Source> LIBRARIES = Stream.of("buffer", "url", "search-params", "crypto", "extras", "http", "fs", "props", "inspect",
                    "sends", "prop-objects", "component", "feed", "events", "path", "node-small", "assert", "stream", "stream-readable", "stream-writable", "web-streams", "blob", "message-channel", "zlib", "node-http",
                    "cipher", "url-legacy", "util", "platform", "configure", "files")
            .collect(Collectors.toUnmodifiableMap(Function.identity(), name -> Source.newBuilder(LANGUAGE,
                    read("lib/" + name + ".js"), "millrace-bootstrap/" + name + ".js").buildLiteral()));

    private Sandbox() {
    }

    static Engine newEngine() {
        return Engine.newBuilder(LANGUAGE)
                .option("engine.WarnInterpreterOnly", "false")
                .build();
    }

    /**
     * A context that can reach nothing outside itself except the proxies handed to it and, as its only
     * IO, the modules it may import ({@code modules}: the built-ins and the npm packages bound to the run).
     * No string in it may be longer than half of {@code allocationCapBytes} characters (two bytes each).
     */
    static Context newContext(Engine engine, BuiltinModules modules, long allocationCapBytes) {
        return Context.newBuilder(LANGUAGE)
                .engine(engine)
                .allowHostAccess(HostAccess.NONE)
                .allowHostClassLookup(className -> false)
                .allowIO(IOAccess.newBuilder().fileSystem(modules).build())
                .allowCreateProcess(false)
                .allowNativeAccess(false)
                .allowCreateThread(false)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .option("js.esm-eval-returns-exports", "true")
                .option("js.text-encoding", "true")
                .option("js.graal-builtin", "false")
                .option("js.load", "false")
                .option("js.print", "false")
                .option("js.console", "false")
                .allowExperimentalOptions(true)
                .option("js.string-length-limit", Long.toString(Math.max(1 << 20, Math.min(ENGINE_STRING_LIMIT, allocationCapBytes / 2))))
                .build();
    }

    /** A library for {@code host.load(name)}; throws for a name that is not one. */
    static Source library(String name) {
        Source source = LIBRARIES.get(name);
        if (source == null) {
            throw new IllegalArgumentException("no library " + name);
        }
        return source;
    }

    /** The step's code as an ES module named after the step, so stack traces and errors name it. */
    static Source module(String stepName, String code) {
        return Source.newBuilder(LANGUAGE, code == null ? "" : code, sourceName(stepName))
                .mimeType(MODULE_MIME_TYPE)
                .buildLiteral();
    }

    /** The step's code as a classic (CommonJS) script named after the step. */
    static Source script(String stepName, String code) {
        return Source.newBuilder(LANGUAGE, code == null ? "" : code, sourceName(stepName)).buildLiteral();
    }

    static String sourceName(String stepName) {
        return stepName == null || stepName.isBlank() ? "step" : stepName;
    }

    private static String read(String resource) {
        try (InputStream in = Sandbox.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
