/**
 * Behaviour common to the whole /v1 API: JSON errors, bad input, include/exclude, pagination, the
 * OpenAPI document, the seeds' curl examples and a client generated from /openapi.
 */
package io.millrace.it.api;
