package io.millrace.runtime;

/**
 * One event emitted by {@code this.$emit(event, meta)} in a source or {@code $.send.emit(...)} in a
 * workflow step.
 *
 * @param eventJson the event, as JSON
 * @param id        {@code meta.id} as a string (numbers are converted), or null; dedupe uses it
 * @param name      {@code meta.name} (the channel), or null for the default channel
 * @param summary   {@code meta.summary}, or null
 * @param ts        {@code meta.ts} in epoch milliseconds, or null (the emit time is used)
 */
public record Emission(String eventJson, String id, String name, String summary, Long ts) {
}
