/**
 * Where events come in: {@code HttpTriggerIntake} finds what an endpoint key {@code /e/<key>} belongs to
 * ({@code Endpoint}: a workflow's HTTP trigger, or a source's HTTP interface reached through the
 * {@code SourceEndpoints} port) and accepts the request; for a workflow, an HTTP request or a subscribed
 * event becomes a stored {@code queued} execution and a worker-queue message in one transaction
 * ({@code EventRecorder}); callers waiting for {@code $.respond} wait in {@code ResponseHub}.
 */
package io.millrace.application.intake;
