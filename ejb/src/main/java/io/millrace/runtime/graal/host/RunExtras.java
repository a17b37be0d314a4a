package io.millrace.runtime.graal.host;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

import io.millrace.runtime.DataStores;
import io.millrace.runtime.EmailRequest;
import io.millrace.runtime.Emission;
import io.millrace.runtime.FlowWait;
import io.millrace.runtime.S3Object;
import io.millrace.runtime.SseEvent;
import io.millrace.runtime.HttpReply;
import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.WorkflowTrigger;

/**
 * What one run (a step's or a source's) may do besides what the bridge offers every context:
 * its data stores ({@link HostStores}), the events it emits ({@code $.send.emit}, {@code this.$emit}),
 * the emails it sends ({@code $.send.email}), its {@code $.flow.delay}, a source's {@code $.service.db}
 * contents after the run and its {@code this.http.respond}. The guest reaches it through
 * {@code host.extras()}, which returns {@link #bridge()}; the JavaScript side (lib/sends.js,
 * lib/prop-objects.js, lib/component.js) checks arguments and turns the error texts returned here into
 * exceptions.
 *
 * <p>Emitted events and emails together may use at most {@link #MAX_SEND_BYTES} and {@link #MAX_SENDS}
 * entries per run.
 */
public final class RunExtras {

    /** How many bytes of events and emails one run may send. */
    static final long MAX_SEND_BYTES = StepInvocation.FUNCTION_PAYLOAD_LIMIT_BYTES;
    /** How many events and emails one run may send. */
    static final int MAX_SENDS = 10_000;
    /** The longest {@code $.flow.delay}: one year. */
    static final long MAX_DELAY_MILLIS = 365L * 24 * 3600 * 1000;

    /** Nothing: every call fails (while validating). */
    public static final RunExtras NONE = new RunExtras(null, null, null, StepListener.NONE, false);

    private final HostStores stores;
    private final HostFileStore files;
    private final String resumeUrl;
    private final String cancelUrl;
    private final StepListener listener;
    private final boolean available;
    private WorkflowTrigger trigger = WorkflowTrigger.NONE;
    private final List<Emission> emissions = new ArrayList<>();
    private final List<EmailRequest> emails = new ArrayList<>();
    private long sentBytes;
    private final List<SseEvent> sse = new ArrayList<>();
    private final List<S3Object> s3 = new ArrayList<>();
    private Long delayMillis;
    private FlowWait wait;
    private String dbJson;
    private ProxyObject bridge;
    private boolean effects;

    private RunExtras(HostStores stores, String resumeUrl, String cancelUrl, StepListener listener, boolean available) {
        this(stores, null, resumeUrl, cancelUrl, listener, available);
    }

    private RunExtras(HostStores stores, HostFileStore files, String resumeUrl, String cancelUrl, StepListener listener,
                      boolean available) {
        this.stores = stores;
        this.files = files;
        this.resumeUrl = resumeUrl;
        this.cancelUrl = cancelUrl;
        this.listener = listener == null ? StepListener.NONE : listener;
        this.available = available;
    }

    /** For a code step: its data stores and delay URLs. */
    public static RunExtras forStep(StepInvocation invocation) {
        RunExtras extras = new RunExtras(new HostStores(invocation.dataStores()), new HostFileStore(invocation.files()),
                invocation.resumeUrl(), invocation.cancelUrl(), StepListener.NONE, true);
        extras.trigger = invocation.trigger();
        return extras;
    }

    /** For a source: its data stores, and where its {@code this.http.respond} calls go. */
    public static RunExtras forSource(DataStores dataStores, StepListener listener) {
        return new RunExtras(new HostStores(dataStores), null, null, listener, true);
    }

    /**
     * True when the run used a data store or responded over HTTP: effects outside its result (emitted
     * events, emails and the delay are part of the result, acted on once it is stored).
     */
    public boolean effects() {
        return effects;
    }

    /** The object {@code host.extras()} returns to the guest. */
    public ProxyObject bridge() {
        if (bridge == null) {
            Map<String, Object> members = new HashMap<>();
            if (available) {
                members.put("storeOpen", (ProxyExecutable) stores::open);
                members.put("store", (ProxyExecutable) args -> {
                    effects = true; // data store calls take effect at once
                    return stores.call(args);
                });
                members.put("files", (ProxyExecutable) args -> {
                    effects = true; // file store calls take effect at once
                    return files == null ? "{\"error\":\"this run has no file store\"}" : files.call(args);
                });
                members.put("emit", (ProxyExecutable) this::emit);
                members.put("email", (ProxyExecutable) this::email);
                members.put("delay", (ProxyExecutable) args -> pause(args[0].asLong(), FlowWait.DELAY));
                members.put("suspend", (ProxyExecutable) args -> pause(args[0].asLong(), FlowWait.SUSPEND));
                members.put("rerun", (ProxyExecutable) args -> pause(args[0].asLong(),
                        FlowWait.rerun(args[1].isNull() ? null : args[1].asString())));
                members.put("sse", (ProxyExecutable) this::sse);
                members.put("s3", (ProxyExecutable) this::s3);
                members.put("trigger", (ProxyExecutable) args -> {
                    effects = true; // another workflow starts at once
                    return trigger(args[0].asString(), args[1].asString());
                });
                members.put("delayed", (ProxyExecutable) args -> delayMillis != null);
                members.put("db", (ProxyExecutable) args -> {
                    dbJson = args[0].asString();
                    return null;
                });
                members.put("respond", (ProxyExecutable) args -> {
                    effects = true;
                    return respond(args);
                });
            }
            bridge = ProxyObject.fromMap(members);
        }
        return bridge;
    }

    /** {@code emit(eventJson, id, name, summary, ts)}: null, or why the event was refused. */
    private Object emit(Value[] args) {
        String eventJson = args[0].asString();
        String refused = count(HostBytes.utf8Length(eventJson) + length(args[2]) + length(args[3]) + length(args[1]));
        if (refused != null) {
            return refused;
        }
        Long ts = args[4].isNull() ? null : args[4].asLong();
        emissions.add(new Emission(eventJson, stringOrNull(args[1]), stringOrNull(args[2]), stringOrNull(args[3]), ts));
        return null;
    }

    /** {@code email(subject, text, html)}: null, or why the email was refused. */
    private Object email(Value[] args) {
        String refused = count(length(args[0]) + length(args[1]) + length(args[2]));
        if (refused != null) {
            return refused;
        }
        emails.add(new EmailRequest(args[0].asString(), stringOrNull(args[1]), stringOrNull(args[2])));
        return null;
    }

    private String count(long bytes) {
        if (emissions.size() + emails.size() + sse.size() + s3.size() >= MAX_SENDS) {
            return "a run may send at most " + MAX_SENDS + " events and emails";
        }
        if (sentBytes + bytes > MAX_SEND_BYTES) {
            return "the events and emails of a run may be at most " + MAX_SEND_BYTES / (1024 * 1024) + " MB together";
        }
        sentBytes += bytes;
        return null;
    }

    /** {@code trigger(target, payloadJson)}: {@code {"id"}} of the new execution, or {@code {"error"}}. */
    private String trigger(String target, String payloadJson) {
        Map<String, Object> answer = new LinkedHashMap<>();
        try {
            answer.put("id", trigger.trigger(target, payloadJson));
        } catch (IllegalArgumentException e) {
            answer.put("error", e.getMessage());
        }
        return JsonStrings.write(answer);
    }

    /** {@code s3(bucket, prefix, payloadJson)}: null, or why the payload was refused. */
    private Object s3(Value[] args) {
        String refused = count(length(args[0]) + length(args[1]) + length(args[2]));
        if (refused != null) {
            return refused;
        }
        s3.add(new S3Object(args[0].asString(), args[1].asString(), args[2].asString()));
        return null;
    }

    /** {@code sse(channel, payloadJson)}: null, or why the event was refused. */
    private Object sse(Value[] args) {
        String refused = count(length(args[0]) + length(args[1]));
        if (refused != null) {
            return refused;
        }
        sse.add(new SseEvent(args[0].asString(), args[1].asString()));
        return null;
    }

    /**
     * {@code delay(ms)}, {@code suspend(ms)}, {@code rerun(ms, contextJson)}: the JSON of
     * {@code { resume_url, cancel_url }}; the last call's pause counts.
     */
    private Object pause(long ms, FlowWait kind) {
        delayMillis = Math.max(1, Math.min(ms, MAX_DELAY_MILLIS));
        wait = kind;
        Map<String, Object> urls = new LinkedHashMap<>();
        urls.put("resume_url", resumeUrl);
        urls.put("cancel_url", cancelUrl);
        return JsonStrings.write(urls);
    }

    /** {@code respond(status, [name, value, ...], body, json)}: body is a string or an ArrayBuffer. Null, or a failure. */
    private Object respond(Value[] args) {
        Map<String, String> headers = new LinkedHashMap<>();
        Value list = args[1];
        for (long i = 0; i + 1 < list.getArraySize(); i += 2) {
            headers.put(list.getArrayElement(i).asString(), list.getArrayElement(i + 1).asString());
        }
        byte[] body = args[2].isString() ? args[2].asString().getBytes(StandardCharsets.UTF_8) : HostBytes.read(args[2]);
        try {
            listener.respond(new HttpReply(args[0].asInt(), headers, body, args[3].asBoolean(), false));
            return null;
        } catch (RuntimeException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /** The outcome with this run's emissions, emails and delay, which only a successful step keeps. */
    public StepOutcome finish(StepOutcome outcome) {
        if (!available || !outcome.succeeded()) {
            return outcome;
        }
        return outcome.withSends(emissions, emails, sse, s3, delayMillis, wait);
    }

    /** Every event emitted so far, in order (also those of a run that failed later). */
    public List<Emission> emissions() {
        return List.copyOf(emissions);
    }

    /** A source's {@code $.service.db} contents as the run left them; null unless its run succeeded. */
    public String dbJson() {
        return dbJson;
    }

    private static long length(Value value) {
        return value == null || value.isNull() ? 0 : value.asString().length();
    }

    private static String stringOrNull(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }
}
