/**
 * Millrace core. Domain aggregates ({@code workspace}, {@code workflow}, {@code execution}), the
 * {@code orchestrator}, the step {@code runtime} port, {@code application} services, and their
 * {@code infrastructure} adapters.
 */
package io.millrace;
