package io.millrace.application.email;

import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Reads a raw message (RFC 5322, MIME) with Jakarta Mail's {@link MimeMessage}: headers, addresses, subject, date,
 * message id, the first plain text and HTML bodies, and the attachments (parts with an {@code attachment}
 * disposition or a file name, and attached messages). Lenient: a header it cannot read is left out, never fatal.
 */
public final class MailParser {
    /** Headers kept in the event at most (a message with more keeps the first ones). */
    static final int MAX_HEADERS = 500;
    /** How deep multiparts are followed. */
    private static final int MAX_DEPTH = 20;
    private static final Session SESSION = Session.getInstance(new Properties());

    private MailParser() {
    }

    /** @throws MalformedMailException when the bytes are not a message Jakarta Mail can read */
    public static ParsedMail parse(byte[] raw) {
        return parse(raw, true);
    }

    private static ParsedMail parse(byte[] raw, boolean withBody) {
        try {
            MimeMessage m = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            Bodies bodies = new Bodies();
            if (withBody) {
                walk(m, bodies, 0);
            }
            return new ParsedMail(headers(m), addresses(m, "From"), addresses(m, "To"), addresses(m, "Cc"),
                    addresses(m, "Reply-To"), decoded(m.getHeader("Subject", null)), date(m),
                    first(m, "Message-ID"), first(m, "In-Reply-To"), bodies.text, bodies.html,
                    List.copyOf(bodies.attachments));
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new MalformedMailException("the message could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Only the headers of a message whose bytes may be cut anywhere (the first bytes of a message over the size
     * limit): the message up to its first empty line, without a body.
     */
    public static ParsedMail parseHeaders(byte[] head) {
        int end = head.length;
        for (int i = 0; i + 1 < head.length; i++) {
            if (head[i] == '\n' && (head[i + 1] == '\n' || (head[i + 1] == '\r' && i + 2 < head.length && head[i + 2] == '\n'))) {
                end = i + 1;
                break;
            }
        }
        byte[] headers = new byte[end + 2];
        System.arraycopy(head, 0, headers, 0, end);
        headers[end] = '\r';
        headers[end + 1] = '\n';
        return parse(headers, false);
    }

    /** The bodies and attachments found so far. */
    private static final class Bodies {
        String text;
        String html;
        final List<ParsedMail.Attachment> attachments = new ArrayList<>();
    }

    private static void walk(Part part, Bodies bodies, int depth) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*") && depth < MAX_DEPTH) {
            Object content = part.getContent();
            if (content instanceof Multipart multi) {
                for (int i = 0; i < multi.getCount(); i++) {
                    BodyPart p = multi.getBodyPart(i);
                    walk(p, bodies, depth + 1);
                }
                return;
            }
        }
        String filename = filename(part);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || filename != null
                || part.isMimeType("message/rfc822");
        if (!attachment && part.isMimeType("text/plain") && bodies.text == null) {
            bodies.text = text(part);
        } else if (!attachment && part.isMimeType("text/html") && bodies.html == null) {
            bodies.html = text(part);
        } else if (attachment || !part.isMimeType("text/*")) {
            bodies.attachments.add(new ParsedMail.Attachment(filename, baseType(part), disposition(part),
                    contentId(part), charset(part), bytes(part)));
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        byte[] bytes = bytes(part);
        return new String(bytes, charsetOr(charset(part), StandardCharsets.UTF_8));
    }

    static Charset charsetOr(String name, Charset fallback) {
        if (name == null) {
            return fallback;
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(name));
        } catch (RuntimeException unknown) {
            return fallback;
        }
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String filename(Part part) {
        try {
            String name = part.getFileName();
            return name == null ? null : MimeUtility.decodeText(name);
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException unreadable) {
            return null;
        }
    }

    private static String baseType(Part part) {
        try {
            return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException unreadable) {
            return "application/octet-stream";
        }
    }

    private static String charset(Part part) {
        try {
            return new ContentType(part.getContentType()).getParameter("charset");
        } catch (MessagingException | RuntimeException unreadable) {
            return null;
        }
    }

    private static String disposition(Part part) {
        try {
            String d = part.getDisposition();
            return d == null ? null : d.toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException unreadable) {
            return null;
        }
    }

    private static String contentId(Part part) throws MessagingException {
        String[] ids = part.getHeader("Content-ID");
        return ids == null || ids.length == 0 ? null : ids[0].trim();
    }

    private static JsonObject headers(MimeMessage m) throws MessagingException {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        Enumeration<Header> all = m.getAllHeaders();
        int n = 0;
        while (all.hasMoreElements() && n++ < MAX_HEADERS) {
            Header h = all.nextElement();
            byName.computeIfAbsent(h.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(decoded(h.getValue()));
        }
        JsonObjectBuilder b = Jsonp.createObjectBuilder();
        byName.forEach((name, values) -> {
            if (values.size() == 1) {
                b.add(name, values.get(0));
            } else {
                JsonArrayBuilder a = Jsonp.createArrayBuilder();
                values.forEach(a::add);
                b.add(name, a);
            }
        });
        return b.build();
    }

    /** An address header as {@code {"value": [{"address", "name"}], "text"}}, or null when the message has none. */
    private static JsonObject addresses(MimeMessage m, String header) throws MessagingException {
        String value = m.getHeader(header, ",");
        if (value == null) {
            return null;
        }
        Address[] parsed;
        try {
            parsed = InternetAddress.parseHeader(MimeUtility.unfold(value), false);
        } catch (AddressException unreadable) {
            return Jsonp.createObjectBuilder().add("value", Jsonp.createArrayBuilder()).add("text", decoded(value)).build();
        }
        JsonArrayBuilder list = Jsonp.createArrayBuilder();
        List<String> text = new ArrayList<>();
        for (Address a : parsed) {
            if (a instanceof InternetAddress ia) {
                JsonObjectBuilder one = Jsonp.createObjectBuilder()
                        .add("address", ia.getAddress() == null ? "" : ia.getAddress())
                        .add("name", ia.getPersonal() == null ? "" : ia.getPersonal());
                list.add(one);
                text.add(ia.toUnicodeString());
            }
        }
        return Jsonp.createObjectBuilder().add("value", list).add("text", String.join(", ", text)).build();
    }

    private static String date(MimeMessage m) {
        try {
            java.util.Date d = m.getSentDate();
            return d == null ? null : d.toInstant().toString();
        } catch (MessagingException | RuntimeException unreadable) {
            return null;
        }
    }

    private static String first(MimeMessage m, String name) throws MessagingException {
        String[] values = m.getHeader(name);
        return values == null || values.length == 0 ? null : MimeUtility.unfold(values[0]).trim();
    }

    /** A header's value unfolded, with its encoded words (RFC 2047) decoded; as it is when they cannot be. */
    static String decoded(String value) {
        if (value == null) {
            return null;
        }
        String unfolded = MimeUtility.unfold(value);
        try {
            return MimeUtility.decodeText(unfolded);
        } catch (UnsupportedEncodingException | RuntimeException unreadable) {
            return unfolded;
        }
    }

    static JsonValue orNull(String s) {
        return s == null ? JsonValue.NULL : Jsonp.createValue(s);
    }
}
