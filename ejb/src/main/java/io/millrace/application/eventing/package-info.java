/**
 * Where emitted events go: the event log, the fan-out to subscriptions (in the emitting transaction),
 * deliveries to workflows and sources, and webhooks with retries; the delivery-queue port.
 */
package io.millrace.application.eventing;
