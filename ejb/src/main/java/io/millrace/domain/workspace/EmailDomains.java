package io.millrace.domain.workspace;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Quoted;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Email domains: the domain of an address, and lists of domains as requests give them. */
public final class EmailDomains {
    /** At most this many domains in one list. */
    public static final int MAX_DOMAINS = 20;
    private static final Pattern DOMAIN = Pattern.compile(
            "[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private EmailDomains() {
    }

    /** The lower-case domain of an address, or null when there is no address. */
    public static String domainOf(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 0 ? null : email.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Checks a list of domains ({@code example.com}, no {@code @}, no wildcards), lower-cased, without
     * duplicates.
     *
     * @throws InvalidInputException naming {@code field}
     */
    public static List<String> check(List<String> domains, String field) {
        if (domains.size() > MAX_DOMAINS) {
            throw new InvalidInputException(field, field + " may name at most " + MAX_DOMAINS + " domains");
        }
        List<String> out = new ArrayList<>();
        for (String d : domains) {
            String lower = d.trim().toLowerCase(Locale.ROOT);
            if (lower.length() > 253 || !DOMAIN.matcher(lower).matches()) {
                throw new InvalidInputException(field, field + " must hold domain names such as example.com, not "
                        + Quoted.of(d));
            }
            if (!out.contains(lower)) {
                out.add(lower);
            }
        }
        return out;
    }

    /** A stored comma-separated list (null: none). */
    public static List<String> split(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        return List.of(stored.split(","));
    }
}
