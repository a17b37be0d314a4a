package io.millrace.application.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailEventTest {
    private static byte[] message(String attachmentType, String attachment) {
        return String.join("\r\n",
                "From: alice@example.com",
                "To: ekey+tag@mail.example.com",
                "Subject: s",
                "Message-ID: <id@x>",
                "Content-Type: multipart/mixed; boundary=b",
                "",
                "--b",
                "Content-Type: text/plain",
                "",
                "hello",
                "--b",
                "Content-Type: " + attachmentType,
                "Content-Disposition: attachment; filename=a",
                "",
                attachment,
                "--b--",
                "").getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject event(byte[] raw) {
        ParsedMail m = MailParser.parse(raw);
        return EmailEvent.of(m, new EmailEvent.Envelope("bounce@example.com", "ekey+tag@mail.example.com", "tag"),
                "http://files/raw", raw.length, List.of(new EmailEvent.StoredPart("http://files/a", 3)));
    }

    @Test
    void theEventHasTheSeedsFieldsAndTheEnvelope() {
        byte[] raw = message("text/plain; charset=UTF-8", "abc");
        JsonObject e = event(raw);
        assertEquals("s", e.getString("subject"));
        assertEquals("<id@x>", e.getString("messageId"));
        assertEquals("hello", e.getString("text").trim());
        assertEquals(JsonValue.NULL, e.get("html"));
        assertEquals("ekey+tag@mail.example.com", e.getJsonObject("envelope").getString("to"));
        assertEquals("tag", e.getJsonObject("envelope").getString("data"));
        assertEquals("bounce@example.com", e.getJsonObject("envelope").getString("from"));
        assertEquals("http://files/raw", e.getJsonObject("mail").getString("content_url"));
        assertEquals(raw.length, e.getJsonObject("mail").getInt("size"));
        JsonObject a = e.getJsonArray("attachments").getJsonObject(0);
        assertEquals("http://files/a", a.getString("contentUrl"));
        assertEquals("abc", a.getString("content"));
        assertFalse(a.getBoolean("contentTruncated"));
        assertEquals("a", a.getString("filename"));
        assertEquals("text/plain", a.getString("contentType"));
    }

    @Test
    void textOver10000BytesIsTruncated() {
        JsonObject a = event(message("application/json", "x".repeat(12_000))).getJsonArray("attachments").getJsonObject(0);
        assertEquals(10_000, a.getString("content").length());
        assertTrue(a.getBoolean("contentTruncated"));
    }

    @Test
    void binaryHasNoContent() {
        JsonObject a = event(message("application/octet-stream", "abc")).getJsonArray("attachments").getJsonObject(0);
        assertEquals(JsonValue.NULL, a.get("content"));
        assertFalse(a.getBoolean("contentTruncated"));
    }

    @Test
    void aCutNeverLeavesHalfACharacter() {
        byte[] bytes = ("a" + "é".repeat(10)).getBytes(StandardCharsets.UTF_8); // 1 + 20 bytes
        assertEquals("aéé", EmailEvent.head(bytes, StandardCharsets.UTF_8, 6));
        assertEquals("a" + "é".repeat(10), EmailEvent.head(bytes, StandardCharsets.UTF_8, 100));
    }

    @Test
    void textTypes() {
        assertTrue(EmailEvent.isText("text/html"));
        assertTrue(EmailEvent.isText("application/ld+json"));
        assertFalse(EmailEvent.isText("image/png"));
    }

    @Test
    void aRefusedMessageKeepsWhatIsKnown() {
        ParsedMail headers = MailParser.parseHeaders("Subject: big\r\nFrom: a@b.c\r\n".getBytes(StandardCharsets.UTF_8));
        JsonObject e = EmailEvent.refused(new EmailEvent.Envelope(null, "ekey@d", null), 99, headers);
        assertEquals("big", e.getString("subject"));
        assertEquals(99, e.getInt("size"));
        assertEquals(JsonValue.NULL, e.getJsonObject("envelope").get("from"));
    }

    @Test
    void attachmentNamesBecomeSafePathSegments() {
        assertEquals("a_b_c.txt", MailWriter.name("a/b\\c.txt"));
        assertEquals("_..", MailWriter.name(".."));
        assertEquals("attachment", MailWriter.name(null));
        assertEquals(150, MailWriter.name("x".repeat(300)).length());
    }
}
