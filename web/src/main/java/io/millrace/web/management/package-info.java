/**
 * {@code /health}, {@code /metrics} and {@code /openapi} on the public port: Liberty serves them on the
 * loopback-only management endpoint ({@code millrace.management.port}) and {@code ManagementProxy}
 * forwards requests there, after checking an admin API key for {@code /metrics} and {@code /openapi}
 * (switches {@code millrace.metrics.authentication}, {@code millrace.openapi.authentication}).
 */
package io.millrace.web.management;
