/**
 * Code shared by the integration tests: the server handle ({@link LibertyServer}, {@link ProfileServer}, and {@link RetentionServer}, one second server shared by the retention and IMAP polling tests),
 * the HTTP client of its API ({@link Api}) and a raw one for requests a client refuses to send
 * ({@link RawHttp}, and {@link RawRequests} for the generated bad-input run), servers the tests run for it to call ({@link LocalHttpServer},
 * {@link Receiver}, {@link FeedServer}), waiting ({@link Wait}), test data ({@link Fixtures}, and {@link ZipResource} for a zipped data directory) and small
 * helpers per feature ({@link Users}, {@link Workspaces}, {@link Sources}, {@link Stores} ...).
 */
package io.millrace.it.support;
