package io.millrace.shared;

/**
 * A page of a list ordered by id: at most {@code limit} items after the id {@code after} or
 * before the id {@code before} (both exclusive; at most one is set).
 */
public record PageRequest(int limit, String after, String before) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;
    /** What a {@code limit} outside 1 to {@value #MAX_LIMIT} is told. */
    public static final String LIMIT_RULE = "limit must be an integer from 1 to " + MAX_LIMIT;

    /**
     * The rules every list applies to its paging parameters: {@code limit} from 1 to {@value #MAX_LIMIT},
     * and at most one of the cursors {@code after} and {@code before}; a 400 naming the field otherwise.
     */
    public static void check(int limit, String after, String before) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", LIMIT_RULE);
        }
        if (after != null && before != null) {
            throw new InvalidInputException("before", "give either after or before, not both");
        }
    }

    /** Whether the page is the one before a cursor (newer items in a newest-first list). */
    public boolean backwards() {
        return before != null;
    }

    /** The cursor the page starts from, {@code before} or {@code after}; null for the first page. */
    public String cursor() {
        return before != null ? before : after;
    }

    /** The request parameter {@link #cursor()} came from, for error messages. */
    public String cursorParameter() {
        return before != null ? "before" : "after";
    }
}
