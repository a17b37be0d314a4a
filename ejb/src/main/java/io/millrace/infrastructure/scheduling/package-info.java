/** Periodic housekeeping on EJB timers (non-persistent: a missed run is simply done by the next one). */
package io.millrace.infrastructure.scheduling;
