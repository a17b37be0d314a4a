package io.millrace.application.email;

import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code steps.trigger.event} of an email (docs/workflow-format.md, "Email triggers"): the fields of
 * nodemailer's {@code mailparser} that Pipedream's email events carry ({@code headers}, {@code from}, {@code to},
 * {@code cc}, {@code replyTo}, {@code subject}, {@code date}, {@code messageId}, {@code inReplyTo}, {@code text},
 * {@code html}, {@code attachments} with {@code contentUrl}, {@code content} and {@code contentTruncated}), the SMTP
 * envelope (its {@code to} keeps the {@code +data} of the address) and the raw message ({@code mail.content_url}).
 */
public final class EmailEvent {
    /** The most bytes of a text attachment given in {@code content} (seed: "up to 10,000 bytes"). */
    public static final int CONTENT_BYTES = 10_000;
    private static final Set<String> TEXT_APPLICATION_TYPES = Set.of("application/json", "application/xml",
            "application/javascript", "application/x-javascript", "application/ecmascript", "application/csv",
            "application/x-sh", "application/x-yaml", "application/yaml", "application/sql", "application/rtf");

    private EmailEvent() {
    }

    /**
     * The envelope of a message: who the sending server named ({@code MAIL FROM}, null for a mailbox message) and the
     * recipient address it was for, as sent (with its {@code +data}).
     */
    public record Envelope(String from, String to, String data) {
    }

    /** A stored attachment: where it is and how large. */
    public record StoredPart(String url, long size) {
    }

    /** The event; {@code stored} gives the URL of each attachment of {@code mail}, in order. */
    public static JsonObject of(ParsedMail mail, Envelope envelope, String rawUrl, long rawSize, List<StoredPart> stored) {
        JsonArrayBuilder attachments = Jsonp.createArrayBuilder();
        for (int i = 0; i < mail.attachments().size(); i++) {
            attachments.add(attachment(mail.attachments().get(i), stored.get(i)));
        }
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("messageId", MailParser.orNull(mail.messageId()))
                .add("date", MailParser.orNull(mail.date()))
                .add("subject", MailParser.orNull(mail.subject()))
                .add("from", orNull(mail.from()))
                .add("to", orNull(mail.to()));
        if (mail.cc() != null) {
            b.add("cc", mail.cc());
        }
        if (mail.replyTo() != null) {
            b.add("replyTo", mail.replyTo());
        }
        if (mail.inReplyTo() != null) {
            b.add("inReplyTo", mail.inReplyTo());
        }
        return b.add("headers", mail.headers())
                .add("text", MailParser.orNull(mail.text()))
                .add("html", MailParser.orNull(mail.html()))
                .add("attachments", attachments)
                .add("envelope", envelope(envelope))
                .add("mail", Jsonp.createObjectBuilder().add("content_url", rawUrl).add("size", rawSize))
                .build();
    }

    /**
     * The event of a message refused for its size: what could be read of it (the envelope, the size, and the
     * subject, sender and message id when its headers could be read), so the refusal shows what was refused.
     */
    public static JsonObject refused(Envelope envelope, long size, ParsedMail headersOnly) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder();
        if (headersOnly != null) {
            b.add("messageId", MailParser.orNull(headersOnly.messageId()))
                    .add("subject", MailParser.orNull(headersOnly.subject()))
                    .add("from", orNull(headersOnly.from()));
        }
        return b.add("envelope", envelope(envelope)).add("size", size).build();
    }

    private static JsonObject envelope(Envelope envelope) {
        return Jsonp.createObjectBuilder().add("from", MailParser.orNull(envelope.from()))
                .add("to", envelope.to()).add("data", MailParser.orNull(envelope.data())).build();
    }

    private static JsonObject attachment(ParsedMail.Attachment a, StoredPart stored) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("filename", MailParser.orNull(a.filename()))
                .add("contentType", a.contentType())
                .add("contentDisposition", MailParser.orNull(a.disposition()))
                .add("size", a.content().length)
                .add("contentUrl", stored.url());
        if (a.contentId() != null) {
            b.add("contentId", a.contentId());
        }
        if (isText(a.contentType())) {
            Charset charset = MailParser.charsetOr(a.charset(), StandardCharsets.UTF_8);
            b.add("content", head(a.content(), charset, CONTENT_BYTES))
                    .add("contentTruncated", a.content().length > CONTENT_BYTES);
        } else {
            b.addNull("content").add("contentTruncated", false);
        }
        return b.build();
    }

    /** Whether an attachment of this type is text, rendered in {@code content}. */
    static boolean isText(String contentType) {
        String t = contentType.toLowerCase(Locale.ROOT);
        return t.startsWith("text/") || TEXT_APPLICATION_TYPES.contains(t) || t.endsWith("+json") || t.endsWith("+xml");
    }

    /**
     * The first {@code max} bytes of {@code bytes} as text; a character cut by the limit is left out whole (never
     * half a UTF-8 sequence turned into a replacement character).
     */
    static String head(byte[] bytes, Charset charset, int max) {
        int length = Math.min(bytes.length, max);
        if (length == bytes.length) {
            return new String(bytes, charset);
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length + 1);
        decoder.decode(in, out, false); // stops before an incomplete sequence at the end
        out.flip();
        return out.toString();
    }

    private static JsonValue orNull(JsonObject o) {
        return o == null ? JsonValue.NULL : o;
    }
}
