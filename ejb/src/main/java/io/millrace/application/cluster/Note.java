package io.millrace.application.cluster;

import java.util.Objects;

/**
 * What one node tells the others.
 *
 * @param origin the node that wrote it ({@link ThisNode#id()})
 * @param kind   which feature reads it ({@link NoteReader#kind()})
 * @param key    what it is about (an execution, a workflow, a source)
 * @param body   the feature's own text (JSON or ids), may be empty
 */
public record Note(String origin, String kind, String key, String body) {
    public Note {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        body = body == null ? "" : body;
    }
}
