/** Outbound HTTP adapters: fetching component code from a {@code component_url}. */
package io.millrace.infrastructure.http;
