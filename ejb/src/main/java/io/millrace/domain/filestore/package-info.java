/**
 * The file store aggregate: one file store per project (seed /workflows/data-management/file-stores), its files
 * ({@link io.millrace.domain.filestore.StoredFile}: a path, a size, a content type) whose bytes are kept in the
 * database in chunks ({@link io.millrace.domain.filestore.FileChunk}), the path rules ({@link
 * io.millrace.domain.filestore.FilePaths}) and the repository port.
 */
package io.millrace.domain.filestore;
