package io.millrace.domain.audit;

import java.util.Locale;

/**
 * What kind of caller made a change: a user's API key, a named API key, an OAuth client, a workspace's SCIM
 * token (its identity provider), or the server itself.
 */
public enum ActorType {
    USER, API_KEY, OAUTH_CLIENT, SCIM, SYSTEM;

    /** The name in the API and the database: {@code user}, {@code api_key}, {@code oauth_client}, {@code scim}, {@code system}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActorType ofWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
