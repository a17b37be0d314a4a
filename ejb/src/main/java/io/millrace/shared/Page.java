package io.millrace.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with the total number of items matching the query and the cursors of its
 * first and last items (null when the page is empty).
 */
public record Page<T>(List<T> items, long totalCount, String startCursor, String endCursor) {

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), totalCount, startCursor, endCursor);
    }
}
