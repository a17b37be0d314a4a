/**
 * Bulk replays ({@code /v1/replays}): choosing and freezing the selection ({@link io.millrace.application.replay.BulkReplays}),
 * the job's transactions ({@link io.millrace.application.replay.ReplayJobWriter}), replaying one item exactly once
 * ({@link io.millrace.application.replay.ReplayItemRunner}, through {@code application.intake.Replays}), and restarting
 * interrupted jobs when the server starts ({@link io.millrace.application.replay.ReplayRecovery}); port
 * {@link io.millrace.application.replay.ReplayRuns}, the batch jobs, implemented by the batch module.
 */
package io.millrace.application.replay;
