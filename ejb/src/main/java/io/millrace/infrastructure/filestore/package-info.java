/**
 * Where file stores keep their bytes when a directory is configured ({@code MILLRACE_FILES_DIR}): the
 * {@code application.filestore.FileDirectory} port on the local (or mounted shared) file system.
 */
package io.millrace.infrastructure.filestore;
