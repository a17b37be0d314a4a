package io.millrace.application.notification;

import java.nio.charset.StandardCharsets;

/**
 * One email as {@code $.send.email({subject, text, html})} describes it (seed page
 * /workflows/data-management/destinations/email), addressed to {@code to}. {@code html} is optional;
 * with both parts, clients that show HTML prefer it. The sender is the server's configured address.
 *
 * @throws IllegalArgumentException with a message for the user when a part is missing or too large
 */
public record MailMessage(String to, String subject, String text, String html) {
    /** Subject characters at most (RFC 5322 allows 998 per header line). */
    public static final int MAX_SUBJECT_LENGTH = 998;
    /** Text and HTML together at most, in UTF-8 bytes: Pipedream's 6 MB function payload limit. */
    public static final long MAX_BODY_BYTES = 6L * 1024 * 1024;

    public MailMessage {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("the email has no recipient");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("$.send.email needs a subject");
        }
        if (subject.length() > MAX_SUBJECT_LENGTH || subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("the email subject must be one line of at most " + MAX_SUBJECT_LENGTH
                    + " characters");
        }
        if (text == null && html == null) {
            throw new IllegalArgumentException("$.send.email needs a text (or html) body");
        }
        long bytes = (text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length)
                + (html == null ? 0 : html.getBytes(StandardCharsets.UTF_8).length);
        if (bytes > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("the email body must be at most 6 MB");
        }
    }
}
