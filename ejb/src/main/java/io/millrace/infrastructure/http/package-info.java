/**
 * Outbound HTTP adapters: fetching component code from a {@code component_url} ({@code HttpCodeFetcher}) and
 * posting events to webhooks ({@code HttpWebhookPoster}), both through the egress policy
 * ({@link io.millrace.shared.egress.EgressGuard}).
 */
package io.millrace.infrastructure.http;
