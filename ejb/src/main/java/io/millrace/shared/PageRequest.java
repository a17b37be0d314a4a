package io.millrace.shared;

/**
 * A page of a list ordered by id: at most {@code limit} items after the id {@code after} or
 * before the id {@code before} (both exclusive; at most one is set).
 */
public record PageRequest(int limit, String after, String before) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;
}
