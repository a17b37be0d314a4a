/**
 * Bulk replays: a replay job ({@link io.millrace.domain.replay.ReplayJob}), the selection it froze at its start
 * ({@link io.millrace.domain.replay.ReplayItem}, one per original execution, unique per job), its states and
 * their allowed moves, its progress; port {@link io.millrace.domain.replay.ReplayJobRepository}.
 */
package io.millrace.domain.replay;
