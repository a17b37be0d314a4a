/**
 * Where emitted events go: the event log, the fan-out to subscriptions (in the emitting transaction), the
 * subscriptions themselves and their links to source triggers, and webhooks with retries; the ports for
 * queueing deliveries ({@code DeliveryQueue}) and posting to webhooks ({@code WebhookPoster}). The
 * deliveries are taken to workflows and sources by {@code application.intake.DeliveryHandler}.
 */
package io.millrace.application.eventing;
