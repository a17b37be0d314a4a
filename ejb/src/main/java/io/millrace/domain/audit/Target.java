package io.millrace.domain.audit;

import java.util.Objects;

/**
 * The object a change was made to.
 *
 * @param type what it is: {@code workflow}, {@code env_var}, {@code oauth_client}, {@code user},
 *             {@code workspace}, {@code webhook}
 * @param id   its id
 */
public record Target(String type, String id) {
    public Target {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }
}
