package io.millrace.domain.component;

/** Fetches the code a {@code component_url} points at. */
public interface CodeFetcher {

    /**
     * The body of an {@code http(s)} URL as UTF-8 text.
     *
     * @throws IllegalArgumentException with a message for the user when the URL is not http(s), cannot be
     *                                  fetched in time, answers other than 2xx, or is larger than the limit
     */
    String fetch(String url);
}
