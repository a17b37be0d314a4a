/**
 * The server's memory alarm ({@link io.millrace.shared.memory.OutOfMemoryAlarm}): raised when an
 * {@code OutOfMemoryError} reaches one of the server's own threads; readiness reports it.
 */
package io.millrace.shared.memory;
