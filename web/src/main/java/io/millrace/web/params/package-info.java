/**
 * The common parameters of every {@code /v1} endpoint (seed 004, "Common Parameters" and the
 * overview's {@code org_id}): {@code include} / {@code exclude} field selection applied to every
 * response's {@code data}, and {@code org_id} naming the caller's workspace. They are read once, here,
 * from the query string or from the top level of a JSON body, and removed from the body before the
 * resource sees it; also here: a body that is not JSON is refused with 415 unless the resource method
 * declares what it consumes.
 */
package io.millrace.web.params;
