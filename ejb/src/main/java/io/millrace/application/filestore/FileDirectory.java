package io.millrace.application.filestore;

import java.io.IOException;
import java.io.InputStream;

/**
 * Port: a directory that holds file stores' bytes instead of the database ({@code MILLRACE_FILES_DIR}); the
 * files' rows stay in the database and name their content file ({@code StoredFile.location}). Content files are
 * never changed: a new content gets a new name, and the one it replaces is deleted once the transaction commits.
 */
public interface FileDirectory {
    /** Whether a directory is configured (else the database keeps the bytes). */
    boolean enabled();

    /**
     * Writes {@code content} to the new content file {@code name}, at most {@code allowed} bytes; returns the
     * number of bytes, or -1 when there were more (nothing is kept). The file is deleted again if the current
     * transaction rolls back.
     */
    long write(String name, InputStream content, long allowed) throws IOException;

    /** Reads the content file {@code name}. */
    InputStream open(String name) throws IOException;

    /** Deletes the content file {@code name} once the current transaction commits (at once without one). */
    void deleteAfterCommit(String name);
}
