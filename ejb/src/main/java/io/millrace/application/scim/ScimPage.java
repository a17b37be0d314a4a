package io.millrace.application.scim;

import java.util.List;

/**
 * One page of a SCIM list (RFC 7644 §3.4.2.4).
 *
 * @param total      how many resources matched
 * @param startIndex the 1-based index of the first resource of the page
 */
public record ScimPage<T>(int total, int startIndex, List<T> resources) {
    /** The most resources one page holds (ServiceProviderConfig {@code filter.maxResults}). */
    public static final int MAX_RESULTS = 200;

    /** The page of {@code all} from the 1-based {@code startIndex} (below 1 counts as 1), at most {@code count}. */
    public static <T> ScimPage<T> of(List<T> all, int startIndex, int count) {
        int start = Math.max(1, startIndex);
        int size = Math.max(0, Math.min(count, MAX_RESULTS));
        int from = Math.min(all.size(), start - 1);
        int to = Math.min(all.size(), from + size);
        return new ScimPage<>(all.size(), start, List.copyOf(all.subList(from, to)));
    }
}
