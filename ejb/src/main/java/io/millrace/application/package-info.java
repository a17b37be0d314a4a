/**
 * Application services, one package per feature: the use cases that the web and JMS layers call, and the
 * ports (interfaces) that infrastructure implements for them, each beside the feature that owns it. May use
 * {@code domain}, {@code orchestrator}, the {@code runtime} port and {@code shared}; never
 * {@code infrastructure}, JMS, JAX-RS, Servlet or GraalVM classes.
 */
package io.millrace.application;
