/**
 * Server-wide settings the adapters share: where the server keeps its files, and the egress policy
 * ({@code EgressSettings}) of steps, sources and webhooks.
 */
package io.millrace.infrastructure.config;
