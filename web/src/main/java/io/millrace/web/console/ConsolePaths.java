package io.millrace.web.console;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which request paths belong to the console (pure): its pages, which all get {@code index.html} (the page
 * script routes), and its files. Every other path (the API, {@code /e/…}, {@code /health}, {@code /login} …)
 * is left to the rest of the application.
 */
final class ConsolePaths {
    static final String FILES = "/console/";
    static final String WEBJARS = "/webjars/";

    /** First path segments of the console's pages; none of them is an API path. */
    private static final Set<String> PAGES = Set.of("workflows", "history", "data-stores", "settings", "sign-in", "dashboard",
            "event-sources", "file-stores", "accounts", "projects");
    /** Letters, digits and {@code . _ - @ +} in segments separated by single slashes; no dot segments. */
    private static final Pattern SAFE_FILE = Pattern.compile("(?:[A-Za-z0-9_@+-][A-Za-z0-9._@+-]*/)*"
            + "[A-Za-z0-9_@+-][A-Za-z0-9._@+-]*");
    /** An invitation's link (its token is {@code mri_} and base62; anything else there is the API's 404). */
    private static final Pattern INVITATION = Pattern.compile("/invitations/[A-Za-z0-9_]{1,100}");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"));

    private ConsolePaths() {
    }

    /** Whether the path (without the context root) is one of the console's pages. */
    static boolean isPage(String path) {
        if ("/".equals(path)) {
            return true;
        }
        if (path == null || !path.startsWith("/")) {
            return false;
        }
        int end = path.indexOf('/', 1);
        return PAGES.contains(end < 0 ? path.substring(1) : path.substring(1, end));
    }

    /**
     * Whether the request is a browser opening an invitation's link ({@code /invitations/{token}}, asking for
     * HTML): the console's invitation page answers it, which reads the same path as JSON.
     */
    static boolean isInvitationPage(String path, String accept) {
        return path != null && INVITATION.matcher(path).matches() && accept != null
                && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }

    /**
     * The file's path below its root when the request path names one safely ({@code /console/x.js} →
     * {@code x.js}), else null.
     */
    static String file(String path, String root) {
        if (path == null || !path.startsWith(root)) {
            return null;
        }
        String rest = path.substring(root.length());
        return SAFE_FILE.matcher(rest).matches() && !rest.contains("/.") && contentType(rest) != null ? rest : null;
    }

    /** The content type of a file by its extension, or null for a kind the console does not serve. */
    static String contentType(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(file.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
