/**
 * Where events come in: an HTTP request to a workflow's endpoint or a subscribed event becomes a stored
 * {@code queued} execution and a worker-queue message in one transaction ({@code EventRecorder});
 * callers waiting for {@code $.respond} wait in {@code ResponseHub}.
 */
package io.millrace.application.intake;
