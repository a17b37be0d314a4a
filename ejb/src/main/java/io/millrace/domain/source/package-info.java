/**
 * Event sources ({@code dc_...}): deployed instances of source components with their configured
 * props, {@code $.service.db} state, dedupe state, timer and HTTP endpoint, and the record of each run
 * ({@link io.millrace.domain.source.SourceRun}: a hook or {@code run(event)}, with its logs). The pure rules
 * live here too: validating configured props against a component's props
 * ({@link io.millrace.domain.source.ConfiguredProps}), timers ({@link io.millrace.domain.source.TimerSpec}), the
 * dedupe strategies ({@link io.millrace.domain.source.Dedupe}) and name slugs.
 */
package io.millrace.domain.source;
