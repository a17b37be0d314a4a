/**
 * Where emitted events go: the event log, the fan-out to subscriptions (in the emitting transaction),
 * deliveries to workflows and sources, and webhooks with retries; the ports for queueing deliveries
 * ({@code DeliveryQueue}) and posting to webhooks ({@code WebhookPoster}).
 */
package io.millrace.application.eventing;
