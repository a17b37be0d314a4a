package io.millrace.application.execution;

import io.millrace.domain.execution.StepRun;
import io.millrace.runtime.EmailRequest;
import io.millrace.runtime.Emission;
import io.millrace.runtime.S3Object;
import io.millrace.runtime.SseEvent;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * What steps send to destinations ({@code $.send.emit}, {@code $.send.email}, {@code $.send.sse}) as stored with their
 * results, and collected when the execution ends: destinations are delivered after the workflow
 * finishes, as Pipedream does, from the results that were stored, so that a step whose result was
 * stored before a crash still has its events and emails delivered exactly when the execution ends.
 */
final class Destinations {
    private Destinations() {
    }

    /** The emissions as stored: a JSON array of {@code {"event", "channel"}}, or null when there are none. */
    static String emissionsJson(List<Emission> emissions) {
        if (emissions.isEmpty()) {
            return null;
        }
        JsonArrayBuilder a = Jsonp.createArrayBuilder();
        for (Emission e : emissions) {
            JsonObjectBuilder o = Jsonp.createObjectBuilder().add("event", JsonText.parse(e.eventJson()));
            o.add("channel", e.name() == null ? JsonValue.NULL : Jsonp.createValue(e.name()));
            a.add(o);
        }
        return JsonText.write(a.build());
    }

    /** The emails as stored: a JSON array of {@code {"subject", "text", "html"}}, or null when there are none. */
    static String emailsJson(List<EmailRequest> emails) {
        if (emails.isEmpty()) {
            return null;
        }
        JsonArrayBuilder a = Jsonp.createArrayBuilder();
        for (EmailRequest e : emails) {
            a.add(Jsonp.createObjectBuilder().add("subject", e.subject())
                    .add("text", e.text() == null ? JsonValue.NULL : Jsonp.createValue(e.text()))
                    .add("html", e.html() == null ? JsonValue.NULL : Jsonp.createValue(e.html())));
        }
        return JsonText.write(a.build());
    }

    /** The server-sent events as stored: a JSON array of {@code {"channel", "payload"}}, or null when there are none. */
    static String sseJson(List<SseEvent> events) {
        if (events.isEmpty()) {
            return null;
        }
        JsonArrayBuilder a = Jsonp.createArrayBuilder();
        for (SseEvent e : events) {
            a.add(Jsonp.createObjectBuilder().add("channel", e.channel()).add("payload", JsonText.parse(e.payloadJson())));
        }
        return JsonText.write(a.build());
    }

    /**
     * The S3 payloads as stored: a JSON array of {@code {"bucket", "prefix", "payload"}} (with {@code "account"}, the
     * connected account's id, for an S3-compatible endpoint), or null when there are none.
     */
    static String s3Json(List<S3Object> objects) {
        if (objects.isEmpty()) {
            return null;
        }
        JsonArrayBuilder a = Jsonp.createArrayBuilder();
        for (S3Object o : objects) {
            JsonObjectBuilder b = Jsonp.createObjectBuilder().add("bucket", o.bucket()).add("prefix", o.prefix())
                    .add("payload", JsonText.parse(o.payloadJson()));
            if (o.account() != null) {
                b.add("account", o.account());
            }
            a.add(b);
        }
        return JsonText.write(a.build());
    }

    /** Every step's S3 payloads, in step order and then in the order each step sent them. */
    static List<S3Object> s3(List<StepRun> runs) {
        List<S3Object> out = new ArrayList<>();
        for (StepRun run : runs) {
            if (run.s3Json() == null) {
                continue;
            }
            for (JsonValue v : JsonText.parse(run.s3Json()).asJsonArray()) {
                JsonObject o = v.asJsonObject();
                out.add(new S3Object(o.getString("bucket"), o.getString("prefix"), JsonText.write(o.get("payload")),
                        o.getString("account", null)));
            }
        }
        return out;
    }

    /** Every step's server-sent events, in step order and then in the order each step sent them. */
    static List<SseEvent> sse(List<StepRun> runs) {
        List<SseEvent> out = new ArrayList<>();
        for (StepRun run : runs) {
            if (run.sseJson() == null) {
                continue;
            }
            for (JsonValue v : JsonText.parse(run.sseJson()).asJsonArray()) {
                JsonObject o = v.asJsonObject();
                out.add(new SseEvent(o.getString("channel"), JsonText.write(o.get("payload"))));
            }
        }
        return out;
    }

    /** Every step's emissions, in step order and then in the order each step emitted them. */
    static List<Emission> emissions(List<StepRun> runs) {
        List<Emission> out = new ArrayList<>();
        for (StepRun run : runs) {
            if (run.emissionsJson() == null) {
                continue;
            }
            for (JsonValue v : JsonText.parse(run.emissionsJson()).asJsonArray()) {
                JsonObject o = v.asJsonObject();
                String channel = o.isNull("channel") ? null : o.getString("channel");
                out.add(new Emission(JsonText.write(o.get("event")), null, channel, null, null));
            }
        }
        return out;
    }

    /** Every step's emails, in step order. */
    static List<EmailRequest> emails(List<StepRun> runs) {
        List<EmailRequest> out = new ArrayList<>();
        for (StepRun run : runs) {
            if (run.emailsJson() == null) {
                continue;
            }
            for (JsonValue v : JsonText.parse(run.emailsJson()).asJsonArray()) {
                JsonObject o = v.asJsonObject();
                out.add(new EmailRequest(o.getString("subject"), o.isNull("text") ? null : o.getString("text"),
                        o.isNull("html") ? null : o.getString("html")));
            }
        }
        return out;
    }
}
