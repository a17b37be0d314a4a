/**
 * Outbound HTTP adapters: fetching component code from a {@code component_url} ({@code HttpCodeFetcher}) and
 * posting events to webhooks ({@code HttpWebhookPoster}).
 */
package io.millrace.infrastructure.http;
