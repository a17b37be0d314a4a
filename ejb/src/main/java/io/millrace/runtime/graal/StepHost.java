package io.millrace.runtime.graal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

import io.millrace.runtime.HttpReply;
import io.millrace.runtime.LogEntry;
import io.millrace.runtime.StepError;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;

/**
 * The Java side of the bridge bootstrap.js is installed with. It records what one run does
 * (console lines, exports, how run's promise settled, {@code $.flow.exit}) and forwards {@code $.respond};
 * it also loads the bootstrap's lazily evaluated libraries and offers {@link HostCrypto}.
 * JavaScript sees it only as a {@link ProxyObject} of {@link ProxyExecutable}s.
 */
final class StepHost {

    static final int MAX_LOGS = 10_000;
    static final int MAX_LOG_CHARS = 64 * 1024;

    private final EventLoop loop = new EventLoop();
    private String stepName = "step";
    private StepListener listener = StepListener.NONE;
    private final List<LogEntry> logs = new ArrayList<>();
    private final Map<String, String> exports = new LinkedHashMap<>();
    private boolean settled;
    private String returnValueJson;
    private StepError error;
    private String flowExitReason;

    /** A host for a context prepared before its run is known; {@link #bind} it before the step runs. */
    StepHost() {
    }

    StepHost(String stepName, StepListener listener) {
        bind(stepName, listener);
    }

    /** Says which step this host's context runs and where its {@code $.respond} calls go. */
    void bind(String stepName, StepListener listener) {
        this.stepName = stepName;
        this.listener = listener == null ? StepListener.NONE : listener;
    }

    /** The run's event loop, which the bridge's timers schedule on. */
    EventLoop loop() {
        return loop;
    }

    /** The object passed to bootstrap.js's {@code install(host)}. */
    ProxyObject bridge() {
        Map<String, Object> members = new HashMap<>();
        members.put("log", (ProxyExecutable) args -> log(args[0].asString(), args[1].asString()));
        members.put("export", (ProxyExecutable) args -> export(args[0].asString(), stringOrNull(args[1])));
        members.put("respond", (ProxyExecutable) this::respond);
        members.put("setTimer", (ProxyExecutable) args -> loop.schedule(args[0], (long) args[1].asDouble()));
        members.put("clearTimer", (ProxyExecutable) args -> clearTimer(args[0]));
        members.put("succeed", (ProxyExecutable) args -> succeed(stringOrNull(args[0])));
        members.put("fail", (ProxyExecutable) args ->
                fail(StepErrors.ofRejection(args[0], args[1].asString(), args[2].asString(), stepName)));
        members.put("flowExit", (ProxyExecutable) args -> flowExit(args[0].asString()));
        members.put("load", (ProxyExecutable) args -> Context.getCurrent().eval(Sandbox.library(args[0].asString())));
        members.put("digest", (ProxyExecutable) args -> HostCrypto.digest(args[0].asString(), args[1]));
        members.put("hmac", (ProxyExecutable) args -> HostCrypto.hmac(args[0].asString(), args[1], args[2]));
        members.put("random", (ProxyExecutable) args -> HostCrypto.random(args[0], args[1].asLong(), args[2].asInt()));
        members.put("encode", (ProxyExecutable) args -> HostBytes.encode(args[0], args[1].asString()));
        members.put("decode", (ProxyExecutable) args -> HostBytes.decode(args[0].asString(), args[1].asString(), args[2]));
        members.put("notFound", (ProxyExecutable) args -> BuiltinModules.notFound(args[0].asString()));
        return ProxyObject.fromMap(members);
    }

    private Object log(String level, String message) {
        if (logs.size() < MAX_LOGS) {
            String text = message.length() > MAX_LOG_CHARS ? message.substring(0, MAX_LOG_CHARS) + "... (truncated)" : message;
            logs.add(new LogEntry(level, Instant.now(), text));
        } else if (logs.size() == MAX_LOGS) {
            logs.add(new LogEntry("warn", Instant.now(), "further console output was dropped (more than " + MAX_LOGS + " lines)"));
        }
        return null;
    }

    /** {@code entryJson} is the JSON member {@code "name":value}, or null to remove the export. */
    private Object export(String name, String entryJson) {
        if (entryJson == null) {
            exports.remove(name);
        } else {
            exports.put(name, entryJson); // a re-export keeps its place, as in a JavaScript object
        }
        return null;
    }

    /** Arguments: status, [name, value, ...], body text, json, immediate. Returns null or a failure message. */
    private Object respond(Value... args) {
        Value list = args[1];
        Map<String, String> headers = new LinkedHashMap<>();
        for (long i = 0; i + 1 < list.getArraySize(); i += 2) {
            headers.put(list.getArrayElement(i).asString(), list.getArrayElement(i + 1).asString());
        }
        byte[] body = args[2].asString().getBytes(StandardCharsets.UTF_8);
        try {
            listener.respond(new HttpReply(args[0].asInt(), headers, body, args[3].asBoolean(), args[4].asBoolean()));
            return null;
        } catch (RuntimeException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /** {@code $.flow.exit(reason)}: the first call's reason wins, as the execution ends after this step anyway. */
    private Object flowExit(String reason) {
        if (flowExitReason == null) {
            flowExitReason = reason;
        }
        return null;
    }

    private Object clearTimer(Value id) {
        if (id.fitsInInt()) {
            loop.cancel(id.asInt());
        }
        return null;
    }

    private Object succeed(String json) {
        if (!settled) {
            settled = true;
            returnValueJson = json;
        }
        return null;
    }

    /** Settles the run as failed, unless it already settled. */
    Object fail(StepError stepError) {
        if (!settled) {
            settled = true;
            error = stepError;
        }
        return null;
    }

    boolean settled() {
        return settled;
    }

    StepOutcome outcome(boolean timedOut) {
        String exportsJson = "{" + String.join(",", exports.values()) + "}";
        return new StepOutcome(timedOut ? null : returnValueJson, exportsJson, List.copyOf(logs),
                timedOut ? null : error, timedOut, flowExitReason);
    }

    private static String stringOrNull(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }
}
