package io.millrace.web.openapi;

/**
 * Marks a field whose value may be any JSON value (object, array, string, number, boolean or null), such as
 * a data store record's {@code value} or an emitted event. Its schema, one without {@code type}, is given
 * by {@code mp.openapi.schema.io.millrace.web.openapi.AnyJson} in {@code META-INF/microprofile-config.properties}:
 * a Java field of type {@code Object} would be documented as {@code type: object}, which a generated client
 * reads as a JSON object only.
 */
public final class AnyJson {
    private AnyJson() {
    }
}
