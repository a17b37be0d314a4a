package io.millrace.web.api.support;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.PageRequest;

/** Reads {@code limit}, {@code after} and {@code before} query parameters. */
public final class Paging {
    private Paging() {
    }

    public static PageRequest of(String limit, String after, String before) {
        int n = PageRequest.DEFAULT_LIMIT;
        if (limit != null) {
            try {
                n = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("limit", "limit must be an integer from 1 to " + PageRequest.MAX_LIMIT);
            }
            if (n < 1 || n > PageRequest.MAX_LIMIT) {
                throw new InvalidInputException("limit", "limit must be an integer from 1 to " + PageRequest.MAX_LIMIT);
            }
        }
        if (after != null && before != null) {
            throw new InvalidInputException("before", "give either after or before, not both");
        }
        return new PageRequest(n, blankToNull(after), blankToNull(before));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
