/**
 * Messaging adapters: the JMS queues of executions, deliveries, webhooks and sources (sent through the
 * Artemis resource adapter, with broker delivery delays for retries and timers), the embedded broker, and
 * its start-up sweep of in-doubt dispatches. Implements the queue ports of {@code application}.
 */
package io.millrace.infrastructure.messaging;
