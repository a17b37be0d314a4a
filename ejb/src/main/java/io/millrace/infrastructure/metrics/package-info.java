/** MicroProfile Metrics: execution counts, durations and queue gauges per workflow. */
package io.millrace.infrastructure.metrics;
