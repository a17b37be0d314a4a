package io.millrace.runtime.graal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;

/**
 * The Java side of the bridge bootstrap.js is installed with. It records what one run does
 * (console lines, exports, how run's promise settled, {@code $.flow.exit}) and forwards {@code $.respond};
 * it also loads the bootstrap's lazily evaluated libraries and offers {@link HostCrypto},
 * {@link HostHttp} and {@link HostFiles}. JavaScript sees it only as a {@link ProxyObject} of
 * {@link ProxyExecutable}s.
 *
 * <p>A run is {@link #finished()} when run's promise settled and, after a success, the requests the
 * step queued with {@code $.send.http} were delivered (bootstrap.js calls {@code delivered}).
 *
 * <p>It also enforces the function payload limit: once the run's logs, exports and return value
 * together exceed the run's budget, the run fails with "Function Payload Limit Exceeded", nothing
 * more is recorded, the guest call that crossed the limit throws, and the run is stopped.
 */
final class StepHost {

    static final int MAX_LOGS = 10_000;
    static final int MAX_LOG_CHARS = 64 * 1024;
    static final String PAYLOAD_LIMIT_EXCEEDED = "Function Payload Limit Exceeded";
    /** Environment variable values shorter than this are not masked in the logs Millrace writes. */
    static final int MIN_MASKED_LENGTH = 4;
    /**
     * Bridge functions without effects outside the run's own result. Every other bridge function (HTTP,
     * files, {@code $.respond}, and any added later) marks the run as having had {@link StepOutcome#effects}.
     */
    private static final java.util.Set<String> WITHOUT_EFFECTS = java.util.Set.of("log", "export", "setTimer",
            "clearTimer", "succeed", "delivered", "secret", "fail", "flowExit", "load", "digest", "hmac", "random",
            "encode", "decode", "pkgResolve", "pkgLoad", "notFound", "extras", "parseFeed");

    /**
     * What a run may use besides the bridge: its environment variables, deadline, payload budget,
     * files, whether it may make HTTP requests and how large their responses may be, and how to stop it.
     */
    record Run(Map<String, String> env, Instant deadline, long payloadBudget, HostFiles files, boolean httpAllowed,
               long maxResponseBytes, Runnable stop) {

        /** While validating: no environment, files or HTTP. */
        static final Run VALIDATION = new Run(Map.of(), null, StepInvocation.FUNCTION_PAYLOAD_LIMIT_BYTES,
                HostFiles.none(), false, RuntimeLimits.DEFAULTS.maxResponseBytes(), () -> { });
    }

    /** Thrown into the guest by the call that exceeded the payload limit. */
    static final class PayloadLimitExceeded extends RuntimeException {
        PayloadLimitExceeded(String message) {
            super(message, null, false, false);
        }
    }

    private EventLoop loop = new EventLoop();
    private final HostHttp http = new HostHttp(this);
    private String stepName = "step";
    private StepListener listener = StepListener.NONE;
    private Run run = Run.VALIDATION;
    private volatile Packages packages = Packages.NONE;
    private RunExtras extras = RunExtras.NONE;
    private List<String> masked = List.of();
    private final List<LogEntry> logs = new ArrayList<>();
    private final Map<String, String> exports = new LinkedHashMap<>();
    private long logBytes;
    private long exportBytes;
    private boolean payloadExceeded;
    private boolean settled;
    private boolean delivering;
    private String returnValueJson;
    private StepError error;
    private String flowExitReason;
    private boolean effects;

    /** A host for a context prepared before its run is known; {@link #bind} it before the step runs. */
    StepHost() {
    }

    StepHost(String stepName, StepListener listener) {
        bind(stepName, listener);
    }

    /** Says which step this host's context runs and where its {@code $.respond} calls go (for validation). */
    void bind(String stepName, StepListener listener) {
        bind(stepName, listener, Run.VALIDATION);
    }

    /** Says which step this host's context runs, where its {@code $.respond} calls go, and what it may use. */
    void bind(String stepName, StepListener listener, Run run) {
        this.stepName = stepName;
        this.listener = listener == null ? StepListener.NONE : listener;
        this.run = run;
        this.masked = run.env().values().stream().filter(v -> v.length() >= MIN_MASKED_LENGTH).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * Makes the host of a context that has run a step ready for the next step of the same execution
     * (see {@link GraalStepSession}): requests still going are cancelled, a new event loop replaces the
     * old one (so the old step's timers and late completions never run), and nothing the old step
     * recorded is kept.
     */
    void nextRun() {
        cancelPending();
        loop = new EventLoop();
        logs.clear();
        exports.clear();
        logBytes = 0;
        exportBytes = 0;
        payloadExceeded = false;
        settled = false;
        delivering = false;
        returnValueJson = null;
        error = null;
        flowExitReason = null;
        effects = false;
    }

    /** The npm packages this host's context may load (none unless set before the step's code is evaluated). */
    void packages(Packages bound) {
        this.packages = bound == null ? Packages.NONE : bound;
    }

    Packages packages() {
        return packages;
    }

    /** What the run may do besides the bridge (data stores, destinations, delay; see {@link RunExtras}). */
    void extras(RunExtras runExtras) {
        this.extras = runExtras == null ? RunExtras.NONE : runExtras;
    }

    /** {@code pkgResolve(dir, id)}: what require(id) from dir loads ("builtin:name", a package file, or null). */
    private Object pkgResolve(Value[] args) {
        try {
            return packages.resolveRequire(args[0].isNull() ? null : args[0].asString(), args[1].asString());
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** {@code pkgLoad(path)}: a package's CommonJS file compiled as a function(exports, require, module, __filename, __dirname), or a JSON file's text. */
    private Object pkgLoad(Value[] args) {
        String path = args[0].asString();
        String text;
        try {
            text = packages.read(path);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Cannot find module '" + path + "'");
        }
        if (path.endsWith(".json")) {
            return text;
        }
        if (text.startsWith("#!")) {
            text = "//" + text;
        }
        return Context.getCurrent().eval(org.graalvm.polyglot.Source.newBuilder(Sandbox.LANGUAGE,
                "(function (exports, require, module, __filename, __dirname) {" + text + "\n})", path).buildLiteral());
    }

    /** Masks {@code value} (a secret prop's value) in the logs Millrace writes from now on, as env values are. */
    void addSecret(String value) {
        if (value == null || value.length() < MIN_MASKED_LENGTH || masked.contains(value)) {
            return;
        }
        List<String> all = new ArrayList<>(masked);
        all.add(value);
        all.sort(Comparator.comparingInt(String::length).reversed());
        masked = List.copyOf(all);
    }

    /** The run's environment as the JSON object the driver puts in {@code process.env}. */
    String envJson() {
        return JsonStrings.write(run.env());
    }

    Instant deadline() {
        return run.deadline();
    }

    boolean httpAllowed() {
        return run.httpAllowed();
    }

    long maxResponseBytes() {
        return run.maxResponseBytes();
    }

    /** {@code text} with the values of the run's environment variables masked (they may be secrets). */
    String redact(String text) {
        String out = text;
        for (String secret : masked) {
            if (out.contains(secret)) {
                out = out.replace(secret, "***");
            }
        }
        return out;
    }

    /** Stops the requests the run started that are still going. */
    void cancelPending() {
        http.cancelAll();
    }

    /** The run's event loop, which the bridge's timers schedule on. */
    EventLoop loop() {
        return loop;
    }

    /** The object passed to bootstrap.js's {@code install(host)}. */
    ProxyObject bridge() {
        Map<String, Object> members = new HashMap<>();
        members.put("log", (ProxyExecutable) args -> log(args[0].asString(), args[1].asString()));
        members.put("http", (ProxyExecutable) http::request);
        members.put("fs", (ProxyExecutable) args -> run.files().call(args));
        members.put("export", (ProxyExecutable) args -> export(args[0].asString(), stringOrNull(args[1])));
        members.put("respond", (ProxyExecutable) this::respond);
        members.put("setTimer", (ProxyExecutable) args -> loop.schedule(args[0], (long) args[1].asDouble()));
        members.put("clearTimer", (ProxyExecutable) args -> clearTimer(args[0]));
        members.put("succeed", (ProxyExecutable) args -> succeed(stringOrNull(args[0]),
                args.length > 1 && args[1].isBoolean() && args[1].asBoolean()));
        members.put("delivered", (ProxyExecutable) args -> {
            delivering = false;
            return null;
        });
        members.put("secret", (ProxyExecutable) args -> {
            if (args.length > 0 && args[0].isString()) {
                addSecret(args[0].asString());
            }
            return null;
        });
        members.put("fail", (ProxyExecutable) args ->
                fail(StepErrors.ofRejection(args[0], args[1].asString(), args[2].asString(), stepName)));
        members.put("flowExit", (ProxyExecutable) args -> flowExit(args[0].asString()));
        members.put("load", (ProxyExecutable) args -> Context.getCurrent().eval(Sandbox.library(args[0].asString())));
        members.put("digest", (ProxyExecutable) args -> HostCrypto.digest(args[0].asString(), args[1]));
        members.put("hmac", (ProxyExecutable) args -> HostCrypto.hmac(args[0].asString(), args[1], args[2]));
        members.put("random", (ProxyExecutable) args -> HostCrypto.random(args[0], args[1].asLong(), args[2].asInt()));
        members.put("encode", (ProxyExecutable) args -> HostBytes.encode(args[0], args[1].asString()));
        members.put("decode", (ProxyExecutable) args -> HostBytes.decode(args[0].asString(), args[1].asString(), args[2]));
        members.put("pkgResolve", (ProxyExecutable) this::pkgResolve);
        members.put("pkgLoad", (ProxyExecutable) this::pkgLoad);
        members.put("notFound", (ProxyExecutable) args -> BuiltinModules.notFound(args[0].asString()));
        members.put("extras", (ProxyExecutable) args -> extras.bridge());
        members.put("parseFeed", (ProxyExecutable) args -> HostFeed.parse(args[0].asString()));
        members.replaceAll((name, function) -> WITHOUT_EFFECTS.contains(name) ? function : withEffects((ProxyExecutable) function));
        return ProxyObject.fromMap(members);
    }

    private ProxyExecutable withEffects(ProxyExecutable function) {
        return args -> {
            effects = true;
            return function.execute(args);
        };
    }

    /** A console line from the step; throws once the payload limit is exceeded. */
    private Object log(String level, String message) {
        if (!record(level, message)) {
            throw new PayloadLimitExceeded(error.message());
        }
        return null;
    }

    /** Records a log line (the step's or Millrace's own); false once the payload limit is exceeded. */
    boolean record(String level, String message) {
        if (payloadExceeded) {
            return false;
        }
        if (logs.size() < MAX_LOGS) {
            String text = message.length() > MAX_LOG_CHARS ? message.substring(0, MAX_LOG_CHARS) + "... (truncated)" : message;
            logBytes += utf8Length(text);
            if (overBudget()) {
                return false;
            }
            logs.add(new LogEntry(level, Instant.now(), text));
        } else if (logs.size() == MAX_LOGS) {
            logs.add(new LogEntry("warn", Instant.now(), "further console output was dropped (more than " + MAX_LOGS + " lines)"));
        }
        return true;
    }

    /** {@code entryJson} is the JSON member {@code "name":value}, or null to remove the export. */
    private Object export(String name, String entryJson) {
        if (payloadExceeded) {
            throw new PayloadLimitExceeded(error.message());
        }
        String old = entryJson == null ? exports.remove(name) : exports.put(name, entryJson);
        // a re-export keeps its place, as in a JavaScript object
        exportBytes += (entryJson == null ? 0 : utf8Length(entryJson)) - (old == null ? 0 : utf8Length(old));
        if (overBudget()) {
            if (old == null) {
                exports.remove(name); // the export that did not fit is not kept
            } else {
                exports.put(name, old);
            }
            throw new PayloadLimitExceeded(error.message());
        }
        return null;
    }

    /** True (and the run failed and is being stopped) when logs, exports and return value exceed the budget. */
    private boolean overBudget() {
        long total = logBytes + exportBytes + (returnValueJson == null ? 0 : utf8Length(returnValueJson));
        if (total <= run.payloadBudget()) {
            return false;
        }
        payloadExceeded = true;
        String message = "this step's logs, exports and return value reached " + total + " bytes, more than the "
                + run.payloadBudget() + " bytes left to it of the " + StepInvocation.FUNCTION_PAYLOAD_LIMIT_BYTES / (1024 * 1024)
                + " MB function payload limit, which the event and all steps' logs and exports share. "
                + "Write large data to /tmp instead of logging, exporting or returning it.";
        settled = true;
        returnValueJson = null;
        error = new StepError(PAYLOAD_LIMIT_EXCEEDED, message, PAYLOAD_LIMIT_EXCEEDED + ": " + message);
        run.stop().run();
        return true;
    }

    /** The length of {@code text} in UTF-8, without encoding it. */
    static long utf8Length(String text) {
        long length = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                length += c < 0x800 || Character.isSurrogate(c) ? 1 : 2; // a surrogate pair is 4 bytes in all
            }
        }
        return length;
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

    /**
     * Settles the run as succeeded; {@code deliver}: the step has {@code $.send.http} requests to send.
     * Returns whether they may go out now (not when the run settled already or exceeded the payload limit).
     */
    private Object succeed(String json, boolean deliver) {
        if (!settled) {
            settled = true;
            returnValueJson = json;
            boolean over = overBudget();
            delivering = deliver && !over;
            effects |= delivering; // $.send.http requests go out now
            return delivering;
        }
        return false;
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

    /** True when the run settled and nothing is left to do: the requests of {@code $.send.http} were delivered. */
    boolean finished() {
        return settled && !delivering;
    }

    /** Settles the run as failed with {@code stepError}, replacing a success it settled with. */
    void failOver(StepError stepError) {
        if (!settled || error == null) {
            settled = true;
            delivering = false;
            returnValueJson = null;
            error = stepError;
        }
    }

    /** What the run did; requests still going are cancelled first (so that cancelled deliveries are logged). */
    StepOutcome outcome(boolean timedOut) {
        cancelPending();
        String exportsJson = "{" + String.join(",", exports.values()) + "}";
        return extras.finish(new StepOutcome(timedOut ? null : returnValueJson, exportsJson, List.copyOf(logs),
                timedOut ? null : error, timedOut, flowExitReason)).withEffects(effects || timedOut || extras.effects());
    }

    private static String stringOrNull(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }
}
