/**
 * The audit log of a workspace: who ({@link io.millrace.domain.audit.Actor}) did what (a dotted action
 * name) to which object ({@link io.millrace.domain.audit.Target}), when and from which address, as
 * append-only {@link io.millrace.domain.audit.AuditEvent}s with their repository port. Details never hold
 * secret values.
 */
package io.millrace.domain.audit;
