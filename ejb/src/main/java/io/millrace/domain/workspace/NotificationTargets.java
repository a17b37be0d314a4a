package io.millrace.domain.workspace;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Quoted;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a workspace's error notifications go: at most {@value #MAX_EMAILS} plain email addresses, and an
 * optional webhook URL ({@code http} or {@code https} with a host, at most {@value #MAX_URL} characters).
 * Each rejection names its field. Whether the webhook's address may be reached is the egress policy's
 * question, asked at each delivery.
 */
public final class NotificationTargets {
    public static final int MAX_EMAILS = 20;
    public static final int MAX_URL = 2048;

    private NotificationTargets() {
    }

    /**
     * Checks a list of addresses: trimmed, duplicates (ignoring case) left out, in the given order.
     *
     * @throws InvalidInputException naming {@code field} or {@code field[i]}
     */
    public static List<String> checkEmails(List<String> emails, String field) {
        if (emails.size() > MAX_EMAILS) {
            throw new InvalidInputException(field, field + " may hold at most " + MAX_EMAILS + " addresses");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            String e = emails.get(i) == null ? null : emails.get(i).trim();
            if (!UserRules.isEmail(e) || e.indexOf(',') >= 0) {
                throw new InvalidInputException(field + "[" + i + "]", field + "[" + i + "] must be an address like"
                        + " name@example.com, not " + Quoted.of(emails.get(i)));
            }
            if (out.stream().noneMatch(e::equalsIgnoreCase)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Checks an http or https URL with a host; returns it trimmed.
     *
     * @throws InvalidInputException naming {@code field}
     */
    public static String checkUrl(String url, String field) {
        String trimmed = url == null ? "" : url.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(field, field + " must be a URL (or null)");
        }
        if (trimmed.length() > MAX_URL) {
            throw new InvalidInputException(field, field + " must be at most " + MAX_URL + " characters");
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new InvalidInputException(field, field + " must start with http:// or https://");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw new InvalidInputException(field, field + " must name a host");
            }
            return trimmed;
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, field + " is not a valid URL: " + Quoted.detail(e.getMessage()));
        }
    }

    /** The stored comma-separated form back as a list. */
    static List<String> split(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split(","));
    }
}
