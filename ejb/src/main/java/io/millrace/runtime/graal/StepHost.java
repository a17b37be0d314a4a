package io.millrace.runtime.graal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

import io.millrace.runtime.HttpReply;
import io.millrace.runtime.StepError;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.graal.host.EventLoop;
import io.millrace.runtime.graal.host.HostBytes;
import io.millrace.runtime.graal.host.HostCipher;
import io.millrace.runtime.graal.host.HostCrypto;
import io.millrace.runtime.graal.host.HostFeed;
import io.millrace.runtime.graal.host.HostHttp;
import io.millrace.runtime.graal.host.HostSign;
import io.millrace.runtime.graal.host.HostZlib;
import io.millrace.runtime.graal.host.HttpRun;
import io.millrace.runtime.graal.host.JsonStrings;
import io.millrace.runtime.graal.host.RunExtras;
import io.millrace.runtime.graal.modules.BuiltinModules;
import io.millrace.runtime.graal.modules.Packages;
import io.millrace.shared.egress.EgressGuard;

/**
 * The Java side of the bridge bootstrap.js is installed with, one per context. What a run records
 * (console lines, exports, how run's promise settled, {@code $.flow.exit}) goes to its
 * {@link RunRecord}; {@code $.respond} goes to the run's listener; timers go to its {@link EventLoop};
 * the bridge also loads the bootstrap's lazily evaluated libraries and npm packages
 * ({@link RequireBridge}) and offers the host services: crypto, byte codecs, HTTP, files, feeds and
 * the run's {@link RunExtras}. JavaScript sees it only as a {@link ProxyObject} of
 * {@link ProxyExecutable}s.
 *
 * <p>A run is {@link #finished()} when run's promise settled and, after a success, the requests the
 * step queued with {@code $.send.http} were delivered (bootstrap.js calls {@code delivered}).
 */
final class StepHost implements HttpRun {

    /**
     * Bridge functions without effects outside the run's own result. Every other bridge function (HTTP,
     * files, {@code $.respond}, and any added later) marks the run as having had {@link StepOutcome#effects}.
     */
    private static final Set<String> WITHOUT_EFFECTS = Set.of("log", "export", "setTimer",
            "clearTimer", "succeed", "delivered", "secret", "fail", "flowExit", "load", "digest", "hmac", "random",
            "encode", "decode", "pkgResolve", "pkgLoad", "notFound", "extras", "parseFeed", "cipher", "zlib", "pbkdf2", "keyInfo", "sign", "verify");

    private final RunRecord record = new RunRecord();
    private final HostHttp http;
    private EventLoop loop = new EventLoop();
    private String stepName = "step";
    private StepListener listener = StepListener.NONE;
    private RunScope scope = RunScope.VALIDATION;
    private Secrets secrets = new Secrets(Map.of());
    private volatile Packages packages = Packages.NONE;
    private RunExtras extras = RunExtras.NONE;

    /** The host of one context, whose HTTP requests go where {@code egress} lets them. */
    StepHost(EgressGuard egress) {
        this.http = new HostHttp(this, egress);
    }

    /** Says which step this host's context runs and where its {@code $.respond} calls go (for validation). */
    void bind(String stepName, StepListener listener) {
        bind(stepName, listener, RunScope.VALIDATION);
    }

    /** Says which step this host's context runs, where its {@code $.respond} calls go, and what it may use. */
    void bind(String stepName, StepListener listener, RunScope scope) {
        this.stepName = stepName;
        this.listener = listener == null ? StepListener.NONE : listener;
        this.scope = scope;
        this.secrets = new Secrets(scope.env());
        record.scope(scope);
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
        record.reset();
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

    /** The run's environment as the JSON object the driver puts in {@code process.env}. */
    String envJson() {
        return JsonStrings.write(scope.env());
    }

    @Override
    public EventLoop loop() {
        return loop;
    }

    @Override
    public Instant deadline() {
        return scope.deadline();
    }

    @Override
    public boolean httpAllowed() {
        return scope.httpAllowed();
    }

    @Override
    public long maxResponseBytes() {
        return scope.maxResponseBytes();
    }

    @Override
    public boolean record(String level, String message) {
        return record.record(level, message);
    }

    @Override
    public String redact(String text) {
        return secrets.redact(text);
    }

    /** Stops the requests the run started that are still going. */
    void cancelPending() {
        http.cancelAll();
    }

    /** The object passed to bootstrap.js's {@code install(host)}. */
    ProxyObject bridge() {
        Map<String, Object> members = new HashMap<>();
        members.put("log", (ProxyExecutable) args -> record.log(args[0].asString(), args[1].asString()));
        members.put("http", (ProxyExecutable) http::request);
        members.put("fs", (ProxyExecutable) args -> scope.files().call(args));
        members.put("export", (ProxyExecutable) args -> record.export(args[0].asString(), stringOrNull(args[1])));
        members.put("respond", (ProxyExecutable) this::respond);
        members.put("setTimer", (ProxyExecutable) args -> loop.schedule(args[0], (long) args[1].asDouble()));
        members.put("clearTimer", (ProxyExecutable) args -> clearTimer(args[0]));
        members.put("succeed", (ProxyExecutable) args -> record.succeed(stringOrNull(args[0]),
                args.length > 1 && args[1].isBoolean() && args[1].asBoolean()));
        members.put("delivered", (ProxyExecutable) args -> record.delivered());
        members.put("secret", (ProxyExecutable) args -> {
            if (args.length > 0 && args[0].isString()) {
                secrets.add(args[0].asString());
            }
            return null;
        });
        members.put("fail", (ProxyExecutable) args ->
                record.fail(StepErrors.ofRejection(args[0], args[1].asString(), args[2].asString(), stepName)));
        members.put("flowExit", (ProxyExecutable) args -> record.flowExit(args[0].asString()));
        members.put("load", (ProxyExecutable) args -> Context.getCurrent().eval(Sandbox.library(args[0].asString())));
        members.put("digest", (ProxyExecutable) args -> HostCrypto.digest(args[0].asString(), args[1]));
        members.put("hmac", (ProxyExecutable) args -> HostCrypto.hmac(args[0].asString(), args[1], args[2]));
        members.put("random", (ProxyExecutable) args -> HostCrypto.random(args[0], args[1].asLong(), args[2].asInt()));
        members.put("encode", (ProxyExecutable) args -> HostBytes.encode(args[0], args[1].asString()));
        members.put("decode", (ProxyExecutable) args -> HostBytes.decode(args[0].asString(), args[1].asString(), args[2]));
        members.put("pkgResolve", (ProxyExecutable) args -> RequireBridge.resolve(packages, args));
        members.put("pkgLoad", (ProxyExecutable) args -> RequireBridge.load(packages, args));
        members.put("notFound", (ProxyExecutable) args -> BuiltinModules.notFound(args[0].asString()));
        members.put("extras", (ProxyExecutable) args -> extras.bridge());
        members.put("cipher", (ProxyExecutable) HostCipher::run);
        members.put("zlib", (ProxyExecutable) HostZlib::run);
        members.put("pbkdf2", (ProxyExecutable) HostCrypto::pbkdf2);
        members.put("keyInfo", (ProxyExecutable) HostSign::info);
        members.put("sign", (ProxyExecutable) HostSign::sign);
        members.put("verify", (ProxyExecutable) HostSign::verify);
        members.put("parseFeed", (ProxyExecutable) args -> HostFeed.parse(args[0].asString()));
        members.replaceAll((name, function) -> WITHOUT_EFFECTS.contains(name) ? function : withEffects((ProxyExecutable) function));
        return ProxyObject.fromMap(members);
    }

    private ProxyExecutable withEffects(ProxyExecutable function) {
        return args -> {
            record.effects();
            return function.execute(args);
        };
    }

    /**
     * Arguments: status, [name, value, ...], body (text, or an ArrayBuffer of bytes), json, immediate. Returns
     * null or a failure message.
     */
    private Object respond(Value... args) {
        Value list = args[1];
        Map<String, String> headers = new LinkedHashMap<>();
        for (long i = 0; i + 1 < list.getArraySize(); i += 2) {
            headers.put(list.getArrayElement(i).asString(), list.getArrayElement(i + 1).asString());
        }
        byte[] body;
        if (args[2].hasBufferElements()) { // bytes: a Buffer, typed array or ArrayBuffer
            body = HostBytes.read(args[2]);
            if (headers.keySet().stream().noneMatch("content-type"::equalsIgnoreCase)) {
                headers.put("Content-Type", "application/octet-stream");
            }
        } else {
            body = args[2].asString().getBytes(StandardCharsets.UTF_8);
        }
        try {
            listener.respond(new HttpReply(args[0].asInt(), headers, body, args[3].asBoolean(), args[4].asBoolean()));
            return null;
        } catch (RuntimeException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    private Object clearTimer(Value id) {
        if (id.fitsInInt()) {
            loop.cancel(id.asInt());
        }
        return null;
    }

    /** Settles the run as failed, unless it already settled. */
    void fail(StepError stepError) {
        record.fail(stepError);
    }

    /** Settles the run as failed with {@code stepError}, replacing a success it settled with. */
    void failOver(StepError stepError) {
        record.failOver(stepError);
    }

    boolean settled() {
        return record.settled();
    }

    /** True when the run settled and nothing is left to do: the requests of {@code $.send.http} were delivered. */
    boolean finished() {
        return record.finished();
    }

    /** What the run did; requests still going are cancelled first (so that cancelled deliveries are logged). */
    StepOutcome outcome(boolean timedOut) {
        cancelPending();
        return record.outcome(timedOut, extras);
    }

    private static String stringOrNull(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }
}
