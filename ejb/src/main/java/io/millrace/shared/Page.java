package io.millrace.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with the total number of items matching the query and the cursors of its
 * first and last items (null when the page is empty). {@code totalExact} is false when the total was counted
 * only up to a cap (the history's lists) and more items match.
 */
public record Page<T>(List<T> items, long totalCount, String startCursor, String endCursor, boolean totalExact) {

    public Page(List<T> items, long totalCount, String startCursor, String endCursor) {
        this(items, totalCount, startCursor, endCursor, true);
    }

    /** A page whose cursors are those of its first and last items. */
    public static <T> Page<T> of(List<T> items, long totalCount, Function<T, String> cursorOf) {
        return new Page<>(items, totalCount, items.isEmpty() ? null : cursorOf.apply(items.get(0)),
                items.isEmpty() ? null : cursorOf.apply(items.get(items.size() - 1)));
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), totalCount, startCursor, endCursor, totalExact);
    }

    /** This page with {@code totalExact} as given. */
    public Page<T> exact(boolean exact) {
        return new Page<>(items, totalCount, startCursor, endCursor, exact);
    }
}
