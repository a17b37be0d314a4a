package io.millrace.domain.component;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistryPathsTest {
    private static final List<RegistryPaths.Entry> REGISTRY = List.of(
            new RegistryPaths.Entry("http-request", "http", "action"),
            new RegistryPaths.Entry("http-new-requests", "http", "source"),
            new RegistryPaths.Entry("rss-new-item-in-feed", "rss", "source"));

    private static Optional<String> key(String url) {
        return RegistryPaths.keyFor(url, REGISTRY);
    }

    @Test
    void urlsInPipedreamsLayoutAreFetchedNotMappedToTheRegistry() {
        assertEquals(Optional.empty(),
                key("https://github.com/PipedreamHQ/pipedream/blob/master/components/rss/sources/new-item-in-feed/new-item-in-feed.ts"));
        assertEquals(Optional.empty(), key("https://github.com/PipedreamHQ/pipedream/components/rss/rss.js"));
        assertEquals(Optional.empty(),
                key("https://raw.githubusercontent.com/PipedreamHQ/pipedream/master/components/http/http.js"));
    }

    @Test
    void keysAndRegistryUrls() {
        assertEquals(Optional.of("rss-new-item-in-feed"), key("rss-new-item-in-feed"));
        assertEquals(Optional.of("http-request"), key("registry:http-request"));
        assertEquals(Optional.empty(), key("components/http/actions/request/request.mjs"));
        assertEquals(Optional.empty(), key("registry:nope"));
        assertEquals(Optional.empty(), key("no-such-key"));
    }

    @Test
    void otherUrlsAreFetched() {
        assertEquals(Optional.empty(), key("https://example.com/my-source.mjs"));
        assertEquals(Optional.empty(), key("https://example.com/components/github/sources/new-star/new-star.mjs"));
        assertEquals(Optional.empty(), key(null));
    }
}
