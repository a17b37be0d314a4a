/** Project file stores through the real server: the REST API, signed URLs, limits. */
package io.millrace.it.filestore;
