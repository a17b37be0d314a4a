package io.millrace.application.environment;

import io.millrace.domain.environment.EnvVar;

/** An environment variable for the API to render; {@code value} is null for a secret. */
public record EnvVarView(String id, String key, String value, String description, boolean secret, long createdAt,
                         long updatedAt) {

    static EnvVarView of(EnvVar v, String plaintext) {
        return new EnvVarView(v.id(), v.key(), v.secret() ? null : plaintext, v.description(), v.secret(),
                v.createdAt(), v.updatedAt());
    }
}
