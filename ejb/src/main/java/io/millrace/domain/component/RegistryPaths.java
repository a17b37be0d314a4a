package io.millrace.domain.component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a {@code component_url} that names a component of Millrace's registry instead of a
 * location to fetch: {@code registry:<key>}, or a bare registry key such as {@code rss-new-item-in-feed}
 * (neither is a URL). Every URL is fetched, and runs the code found there, even when its path looks like a
 * component of Pipedream's repository.
 */
public final class RegistryPaths {
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    /** A registry component as the mapping needs it. */
    public record Entry(String key, String app, String type) {
    }

    private RegistryPaths() {
    }

    /** The registry key {@code url} names, or empty when it names none of {@code registry}. */
    public static Optional<String> keyFor(String url, List<Entry> registry) {
        if (url == null) {
            return Optional.empty();
        }
        String text = url.trim();
        if (text.toLowerCase(Locale.ROOT).startsWith("registry:")) {
            return known(text.substring("registry:".length()).trim(), registry);
        }
        if (KEY.matcher(text).matches()) {
            return known(text, registry);
        }
        return Optional.empty();
    }

    private static Optional<String> known(String key, List<Entry> registry) {
        return registry.stream().map(Entry::key).filter(key::equals).findFirst();
    }
}
