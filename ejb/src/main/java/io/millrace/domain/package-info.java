/**
 * Domain aggregates, one package each, with the repository port that persistence implements. Entities
 * carry JPA annotations; nothing here uses JMS, JAX-RS, Servlet, GraalVM, the JPA implementation,
 * {@code application} or {@code infrastructure}.
 */
package io.millrace.domain;
