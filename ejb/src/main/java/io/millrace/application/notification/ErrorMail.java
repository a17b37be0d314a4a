package io.millrace.application.notification;

import io.millrace.domain.errors.ErrorNotice;
import java.time.Instant;

/**
 * The error notification email, as the seed's errors page describes it: the workflow, the error and a link to
 * the execution "so you can see the data and logs associated with the run", and why no duplicate follows for a
 * day. Text and HTML.
 */
final class ErrorMail {
    /** Subjects are cut to this many characters (a long error name must not make the message unsendable). */
    private static final int SUBJECT_MAX = 200;

    private ErrorMail() {
    }

    static MailMessage of(String to, String workflowName, ErrorNotification e, String executionUrl) {
        String subject = oneLine("Millrace: workflow " + workflowName + " failed with " + e.name());
        String when = Instant.ofEpochMilli(e.atMs()).toString();
        String next = Instant.ofEpochMilli(e.atMs() + ErrorNotice.WINDOW.toMillis()).toString();
        String message = e.message() == null || e.message().isEmpty() ? "" : ": " + e.message();
        StringBuilder text = new StringBuilder()
                .append("Your workflow ").append(workflowName).append(" (").append(e.workflowId())
                .append(") threw an unhandled error.\n\n")
                .append(e.name()).append(message).append('\n');
        if (e.step() != null) {
            text.append("Step: ").append(e.step()).append('\n');
        }
        text.append("At: ").append(when).append('\n');
        if (executionUrl != null) {
            text.append("\nSee the event, the logs and the error of the run: ").append(executionUrl).append('\n');
        }
        text.append("\nYou get at most one email per error, per workflow, per 24 hours: if this workflow keeps throwing ")
                .append(e.name()).append(", the next email comes no sooner than ").append(next)
                .append(". Turn these emails off for this workflow with its setting notify_on_errors: false.\n");
        StringBuilder html = new StringBuilder()
                .append("<p>Your workflow <b>").append(escape(workflowName)).append("</b> (")
                .append(escape(e.workflowId())).append(") threw an unhandled error.</p>")
                .append("<pre>").append(escape(e.name() + message)).append("</pre><p>");
        if (e.step() != null) {
            html.append("Step: <code>").append(escape(e.step())).append("</code><br>");
        }
        html.append("At: ").append(when).append("</p>");
        if (executionUrl != null) {
            html.append("<p><a href=\"").append(escape(executionUrl)).append("\">See the event, the logs and the error"
                    + " of the run</a></p>");
        }
        html.append("<p>You get at most one email per error, per workflow, per 24 hours.</p>");
        return new MailMessage(to, subject, text.toString(), html.toString());
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("[\\r\\n\\t]+", " ");
        return flat.length() > SUBJECT_MAX ? flat.substring(0, SUBJECT_MAX - 1) + "…" : flat;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
