package io.millrace.web.api.support;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.PageRequest;

/**
 * Reads the paging query parameters, {@code limit}, {@code after} and {@code before}, the same way for
 * every list: {@code limit} is an integer from 1 to {@value PageRequest#MAX_LIMIT}, anything else is a
 * 400 naming {@code limit}; the cursors' own format is checked by the service that reads them.
 */
public final class Paging {
    private Paging() {
    }

    /** A page of a cursor list (default {@value PageRequest#DEFAULT_LIMIT} items); {@code limit=} (empty) is a 400. */
    public static PageRequest of(String limit, String after, String before) {
        int n = limit(limit, PageRequest.DEFAULT_LIMIT);
        PageRequest.check(n, after, before);
        return new PageRequest(n, cursor(after), cursor(before));
    }

    /**
     * The {@code limit} parameter, or {@code absent} when it is not given; given, it must be the integer
     * itself: {@code limit=} (empty) or {@code limit= 7} is a 400, on every list alike.
     */
    public static int limit(String limit, int absent) {
        if (limit == null) {
            return absent;
        }
        int n;
        try {
            n = Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("limit", PageRequest.LIMIT_RULE);
        }
        PageRequest.check(n, null, null);
        return n;
    }

    /** A cursor parameter; null when not given or blank. */
    public static String cursor(String cursor) {
        return cursor == null || cursor.isBlank() ? null : cursor;
    }
}
