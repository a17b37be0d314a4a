/** Subscriptions, auto-subscriptions and webhooks. */
package io.millrace.web.api.eventing;
