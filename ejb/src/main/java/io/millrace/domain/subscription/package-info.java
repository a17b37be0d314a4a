/**
 * Subscriptions: who listens to which emitter's events. A {@link io.millrace.domain.subscription.Subscription}
 * joins an emitter (a source {@code dc_...}, a workflow {@code p_...}, or the globs {@code dc_*} and
 * {@code p_*}) and a channel to a listener (a source, a workflow or a {@link io.millrace.domain.subscription.Webhook}
 * {@code wh_...}); an {@link io.millrace.domain.subscription.AutoSubscription} adds a subscription to every
 * emitter created later. {@link io.millrace.domain.subscription.Delivery} is one event on its way to one listener.
 */
package io.millrace.domain.subscription;
