package io.millrace.application.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailParserTest {
    private static final String MIXED = String.join("\r\n",
            "Return-Path: <alice@example.com>",
            "Received: from a by b",
            "Received: from c by d",
            "From: =?UTF-8?Q?Al=C3=AFce?= <alice@example.com>",
            "To: Bob <ekey+orders@mail.example.com>, carol@example.com",
            "Cc: dave@example.com",
            "Reply-To: replies@example.com",
            "Subject: =?UTF-8?B?SGVsbG8gd8O2cmxk?=",
            "Date: Mon, 7 Dec 2026 10:15:00 +0100",
            "Message-ID: <m1@example.com>",
            "In-Reply-To: <m0@example.com>",
            "MIME-Version: 1.0",
            "Content-Type: multipart/mixed; boundary=\"outer\"",
            "",
            "--outer",
            "Content-Type: multipart/alternative; boundary=\"inner\"",
            "",
            "--inner",
            "Content-Type: text/plain; charset=ISO-8859-1",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "Gr=FC=DFe",
            "--inner",
            "Content-Type: text/html; charset=UTF-8",
            "",
            "<p>Hi</p>",
            "--inner--",
            "--outer",
            "Content-Type: text/csv; charset=UTF-8",
            "Content-Disposition: attachment; filename=\"orders.csv\"",
            "",
            "id,total",
            "1,20",
            "--outer",
            "Content-Type: image/png",
            "Content-Disposition: inline; filename=\"logo.png\"",
            "Content-ID: <logo@x>",
            "Content-Transfer-Encoding: base64",
            "",
            "iVBORw0KGgo=",
            "--outer--",
            "");

    @Test
    void readsHeadersAddressesBodiesAndAttachments() {
        ParsedMail m = MailParser.parse(MIXED.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Hello wörld", m.subject());
        assertEquals("2026-12-07T09:15:00Z", m.date());
        assertEquals("<m1@example.com>", m.messageId());
        assertEquals("<m0@example.com>", m.inReplyTo());
        assertEquals("alice@example.com", m.from().getJsonArray("value").getJsonObject(0).getString("address"));
        assertEquals("Alïce", m.from().getJsonArray("value").getJsonObject(0).getString("name"));
        assertEquals(2, m.to().getJsonArray("value").size());
        assertEquals("ekey+orders@mail.example.com", m.to().getJsonArray("value").getJsonObject(0).getString("address"));
        assertEquals("dave@example.com", m.cc().getJsonArray("value").getJsonObject(0).getString("address"));
        assertEquals("replies@example.com", m.replyTo().getJsonArray("value").getJsonObject(0).getString("address"));
        assertNull(null);
        assertEquals("Grüße", m.text().trim());
        assertEquals("<p>Hi</p>", m.html().trim());
        JsonObject headers = m.headers();
        assertEquals("Hello wörld", headers.getString("subject"));
        assertEquals(2, headers.getJsonArray("received").size());
        assertEquals(2, m.attachments().size());
        ParsedMail.Attachment csv = m.attachments().get(0);
        assertEquals("orders.csv", csv.filename());
        assertEquals("text/csv", csv.contentType());
        assertEquals("attachment", csv.disposition());
        assertEquals("id,total\r\n1,20", new String(csv.content(), StandardCharsets.UTF_8));
        ParsedMail.Attachment png = m.attachments().get(1);
        assertEquals("logo.png", png.filename());
        assertEquals("<logo@x>", png.contentId());
        assertEquals(8, png.content().length);
    }

    @Test
    void aPlainMessageHasNoAttachmentsAndNoHtml() {
        ParsedMail m = MailParser.parse("From: a@b.c\r\nSubject: hi\r\n\r\nbody\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("body", m.text().trim());
        assertNull(m.html());
        assertNull(m.to());
        assertNull(m.date());
        assertEquals(List.of(), m.attachments());
    }

    @Test
    void headersOfACutMessage() {
        byte[] head = (MIXED.substring(0, MIXED.indexOf("--outer") + 20)).getBytes(StandardCharsets.ISO_8859_1);
        ParsedMail m = MailParser.parseHeaders(head);
        assertEquals("Hello wörld", m.subject());
        assertEquals(List.of(), m.attachments());
        assertNull(m.text());
    }

    @Test
    void headersOfAMessageCutInsideItsHeaders() {
        ParsedMail m = MailParser.parseHeaders("Subject: cut\r\nFrom: a@b.c\r\nX-Long: abc".getBytes(StandardCharsets.UTF_8));
        assertEquals("cut", m.subject());
    }

    @Test
    void unknownCharsetFallsBackToUtf8() {
        assertEquals(StandardCharsets.UTF_8, MailParser.charsetOr("x-no-such-charset", StandardCharsets.UTF_8));
        assertTrue(MailParser.decoded("=?bogus?Q?x?=").contains("x"));
    }

    @Test
    void bytesThatAreNoMessageStillParseLeniently() {
        assertThrows(RuntimeException.class, () -> { throw new MalformedMailException("x", null); });
        ParsedMail m = MailParser.parse("just text".getBytes(StandardCharsets.UTF_8));
        assertNull(m.subject());
    }
}
