package io.millrace.application.email;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * A message as {@link MailParser} read it, before its files are stored.
 *
 * @param headers     the headers by lower-case name (a string, or an array when the header repeats), decoded
 * @param from        the address fields as {@code {"value": [{"address", "name"}], "text"}}, or null when absent
 * @param subject     the subject, or null
 * @param date        the {@code Date} header as an ISO-8601 instant, or null when absent or unreadable
 * @param messageId   the {@code Message-ID}, or null
 * @param inReplyTo   the {@code In-Reply-To}, or null
 * @param text        the plain text body, or null
 * @param html        the HTML body, or null
 * @param attachments the attachments (also inline parts with a file name), in the order of the message
 */
public record ParsedMail(JsonObject headers, JsonObject from, JsonObject to, JsonObject cc, JsonObject replyTo,
                         String subject, String date, String messageId, String inReplyTo, String text, String html,
                         List<Attachment> attachments) {

    /**
     * One attachment: its bytes (transfer encoding removed) and what the message says about it.
     *
     * @param charset the charset of a text part (null when not named)
     */
    public record Attachment(String filename, String contentType, String disposition, String contentId, String charset,
                             byte[] content) {
    }
}
