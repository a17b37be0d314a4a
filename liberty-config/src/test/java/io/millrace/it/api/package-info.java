/**
 * Behaviour common to the whole /v1 API: JSON errors, bad input, include/exclude, pagination, the
 * OpenAPI document, the seeds' curl examples, a client generated from /openapi and bad input generated
 * from it ({@link io.millrace.it.api.GeneratedBadInputIT}).
 */
package io.millrace.it.api;
