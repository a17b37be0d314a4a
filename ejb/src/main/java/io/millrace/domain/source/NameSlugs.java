package io.millrace.domain.source;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Name slugs of sources: lower-case letters, digits and dashes, unique within a workspace. A slug
 * already taken gets {@code -1}, {@code -2}, … appended.
 */
public final class NameSlugs {
    public static final int MAX_LENGTH = 200;

    private NameSlugs() {
    }

    /** {@code "My RSS Feed!"} to {@code my-rss-feed}; a name without letters or digits gives {@code source}. */
    public static String slug(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "source" : slug;
    }

    /** {@code base}, or the first of {@code base-1}, {@code base-2}, … that is not {@code taken}. */
    public static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int i = 1; ; i++) {
            String candidate = base + "-" + i;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
