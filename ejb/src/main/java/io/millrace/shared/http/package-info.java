/**
 * HTTP clients that replace themselves when they break ({@link io.millrace.shared.http.RenewableHttpClient}).
 */
package io.millrace.shared.http;
