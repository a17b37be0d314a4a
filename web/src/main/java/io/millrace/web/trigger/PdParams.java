package io.millrace.web.trigger;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Pipedream's request parameters of HTTP endpoints, as a header or a query parameter set to {@code 1}:
 * {@code x-pd-upload-body} (also {@code pipedream_upload_body}) and {@code x-pd-notrigger}
 * ({@code x-pd-nostore} is read from the event by the intake).
 */
record PdParams(boolean uploadBody, boolean noTrigger) {

    static PdParams of(HttpServletRequest request) {
        return new PdParams(one(request, "x-pd-upload-body")
                || "1".equals(trimmed(queryValue(request, "pipedream_upload_body"))), one(request, "x-pd-notrigger"));
    }

    private static boolean one(HttpServletRequest request, String name) {
        return "1".equals(trimmed(request.getHeader(name))) || "1".equals(trimmed(queryValue(request, name)));
    }

    /** A query parameter read from the query string only (never from a form body, which is not read here). */
    private static String queryValue(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
