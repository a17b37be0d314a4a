package io.millrace.shared;

/**
 * A page of a list ordered by id: at most {@code limit} items after the id {@code after} or
 * before the id {@code before} (both exclusive; at most one is set).
 */
public record PageRequest(int limit, String after, String before) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

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
