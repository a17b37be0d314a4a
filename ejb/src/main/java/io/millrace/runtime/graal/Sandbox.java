package io.millrace.runtime.graal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;

/** Engine and context settings for running untrusted step code, and the sources evaluated in them. */
final class Sandbox {

    static final String LANGUAGE = "js";
    static final String MODULE_MIME_TYPE = "application/javascript+module";
    static final String BOOTSTRAP_NAME = "millrace-bootstrap.js";

    /** The bootstrap script; its value is {@code install(host)}. Shared so its parse is cached by the engine. */
    static final Source BOOTSTRAP = Source.newBuilder(LANGUAGE, readBootstrap(), BOOTSTRAP_NAME).buildLiteral();

    private Sandbox() {
    }

    static Engine newEngine() {
        return Engine.newBuilder(LANGUAGE)
                .option("engine.WarnInterpreterOnly", "false")
                .build();
    }

    /** A context that can reach nothing outside itself except the proxies handed to it. */
    static Context newContext(Engine engine) {
        return Context.newBuilder(LANGUAGE)
                .engine(engine)
                .allowHostAccess(HostAccess.NONE)
                .allowHostClassLookup(className -> false)
                .allowIO(IOAccess.NONE)
                .allowCreateProcess(false)
                .allowNativeAccess(false)
                .allowCreateThread(false)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .option("js.esm-eval-returns-exports", "true")
                .build();
    }

    /** The step's code as an ES module named after the step, so stack traces and errors name it. */
    static Source module(String stepName, String code) {
        return Source.newBuilder(LANGUAGE, code == null ? "" : code, sourceName(stepName))
                .mimeType(MODULE_MIME_TYPE)
                .buildLiteral();
    }

    static String sourceName(String stepName) {
        return stepName == null || stepName.isBlank() ? "step" : stepName;
    }

    private static String readBootstrap() {
        try (InputStream in = Sandbox.class.getResourceAsStream("bootstrap.js")) {
            if (in == null) {
                throw new IllegalStateException("bootstrap.js is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
