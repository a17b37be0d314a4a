/**
 * Subscriptions: who listens to which emitter's events. A {@link io.millrace.subscription.Subscription}
 * joins an emitter (a source {@code dc_...}, a workflow {@code p_...}, or the globs {@code dc_*} and
 * {@code p_*}) and a channel to a listener (a source, a workflow or a {@link io.millrace.subscription.Webhook}
 * {@code wh_...}); an {@link io.millrace.subscription.AutoSubscription} adds a subscription to every
 * emitter created later. {@link io.millrace.subscription.Delivery} is one event on its way to one listener.
 */
package io.millrace.subscription;
