/**
 * The audit log: {@link io.millrace.application.audit.AuditLog}, the one call other application services
 * make to record a change in the transaction that makes it; {@link io.millrace.application.audit.RequestOrigin},
 * the request-scoped "who and from where" that the web layer fills and {@code AuditLog} reads, so that no
 * service passes the caller by hand; reading the log ({@link io.millrace.application.audit.AuditQueries}); and
 * retention ({@link io.millrace.application.audit.AuditRetention}). Depends on no other feature.
 */
package io.millrace.application.audit;
