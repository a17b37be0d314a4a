/**
 * Running Millrace: metrics, the retention purge, the PostgreSQL and external broker profiles, and the
 * throughput benchmark (run on demand).
 */
package io.millrace.it.operations;
