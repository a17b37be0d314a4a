/**
 * Project file stores: writing, reading, listing and deleting files with their limits ({@link
 * io.millrace.application.filestore.ProjectFiles}, transactions in {@link io.millrace.application.filestore.FileWriter}),
 * the API's checks of the caller ({@link io.millrace.application.filestore.FileStoreService}) and signed, expiring
 * download URLs ({@link io.millrace.application.filestore.SignedFileUrls}).
 */
package io.millrace.application.filestore;
