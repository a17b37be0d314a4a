/**
 * Where events come in: {@code HttpTriggerIntake} finds what an endpoint key {@code /e/<key>} belongs to
 * ({@code Endpoint}: a workflow's HTTP trigger, or a source's HTTP interface) and accepts the request;
 * {@code DeliveryHandler} takes subscribed events to their listener workflows and sources. For a workflow,
 * the event becomes a stored {@code queued} execution and a worker-queue message in one transaction
 * ({@code EventRecorder}). The top of the application's features: it may use {@code execution},
 * {@code source}, {@code notification} and {@code response}; none of them uses it.
 */
package io.millrace.application.intake;
