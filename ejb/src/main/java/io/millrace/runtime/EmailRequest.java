package io.millrace.runtime;

/**
 * One email a step asked for with {@code $.send.email({ subject, text, html })} (seed page
 * /workflows/data-management/destinations/email): sent to the workspace's own address, after the
 * step succeeded. The runtime checked the fields: {@code subject} is a non-blank single line, and at
 * least one of {@code text} and {@code html} is given.
 *
 * @param subject the subject line
 * @param text    the plain text body, or null
 * @param html    the HTML body, or null (clients that support HTML prefer it over {@code text})
 */
public record EmailRequest(String subject, String text, String html) {
}
