/**
 * Subscriptions and webhooks through the real server: source to source to workflow to webhook,
 * retries, auto-subscriptions, hop limit.
 */
package io.millrace.it.eventing;
