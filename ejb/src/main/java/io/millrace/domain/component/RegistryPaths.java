package io.millrace.domain.component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a {@code component_url} that names a component of Millrace's registry instead of a
 * location to fetch:
 * <ul>
 *   <li>{@code registry:<key>}, or a bare registry key such as {@code rss-new-item-in-feed};</li>
 *   <li>a path in Pipedream's layout, {@code .../components/<app>/sources/<name>/<name>.<ext>} (also
 *       {@code actions}), meaning the registry key {@code <app>-<name>}, as in the seed's
 *       {@code components/rss/sources/new-item-in-feed/new-item-in-feed.ts};</li>
 *   <li>the legacy app path {@code .../components/<app>/<app>.<ext>} (the seed's
 *       {@code components/rss/rss.js}), meaning the registry's first source of that app.</li>
 * </ul>
 * Other URLs are fetched.
 */
public final class RegistryPaths {
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern LAYOUT = Pattern.compile(
            "(?:^|.*/)components/([a-z0-9_-]+)/(?:sources|actions)/([a-z0-9_-]+)/\\2\\.(?:m?js|ts|cjs)");
    private static final Pattern LEGACY = Pattern.compile("(?:^|.*/)components/([a-z0-9_-]+)/\\1\\.(?:m?js|ts|cjs)");

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
        String path = path(text);
        Matcher layout = LAYOUT.matcher(path);
        if (layout.matches()) {
            return known(layout.group(1) + "-" + layout.group(2), registry);
        }
        Matcher legacy = LEGACY.matcher(path);
        if (legacy.matches()) {
            String app = legacy.group(1);
            return registry.stream().filter(e -> app.equals(e.app()) && Component.SOURCE.equals(e.type()))
                    .map(Entry::key).findFirst();
        }
        return Optional.empty();
    }

    private static Optional<String> known(String key, List<Entry> registry) {
        return registry.stream().map(Entry::key).filter(key::equals).findFirst();
    }

    /** The path of a URL without query or fragment, lower-cased. */
    private static String path(String url) {
        String p = url;
        int cut = p.indexOf('?');
        if (cut >= 0) {
            p = p.substring(0, cut);
        }
        cut = p.indexOf('#');
        if (cut >= 0) {
            p = p.substring(0, cut);
        }
        return p.toLowerCase(Locale.ROOT);
    }
}
