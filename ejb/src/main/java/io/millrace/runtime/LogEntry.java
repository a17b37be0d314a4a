package io.millrace.runtime;

import java.time.Instant;

/** One console line: level is log, info, warn, error or dir. */
public record LogEntry(String level, Instant ts, String message) {
}
