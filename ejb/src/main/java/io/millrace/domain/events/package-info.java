/**
 * Emitted events: what sources emit with {@code this.$emit} and workflows with {@code $.send.emit},
 * one stream per emitter ({@code dc_...} or {@code p_...}), with ids of the form
 * {@code <epoch ms>-<seq>} ({@link io.millrace.shared.EventId}) ordered by time. The
 * {@link io.millrace.domain.events.EmittedEventRepository} stores and reads them by channel (sources also
 * get the {@link io.millrace.domain.events.SystemChannels} {@code $errors} and {@code $logs});
 * {@link io.millrace.domain.events.Emitted}
 * is the CDI event fired, inside the storing transaction, for each stored one, so that deliveries
 * (subscriptions, webhooks, SSE) can be queued atomically with it.
 */
package io.millrace.domain.events;
