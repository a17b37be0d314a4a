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

    /** The {@code limit} parameter, or {@code absent} when it is not given. */
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

    /**
     * The {@code limit} parameter of the event lists and the component search, which also take an empty
     * {@code limit=} as not given and ignore spaces around the number.
     */
    public static int lenientLimit(String limit, int absent) {
        return limit(limit == null || limit.isBlank() ? null : limit.trim(), absent);
    }

    /** A cursor parameter; null when not given or blank. */
    public static String cursor(String cursor) {
        return cursor == null || cursor.isBlank() ? null : cursor;
    }
}
