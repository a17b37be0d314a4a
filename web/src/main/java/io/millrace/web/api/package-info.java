/**
 * JAX-RS resources of the {@code /v1} REST API and the JSON they render, one package per feature as in
 * {@code io.millrace.application}; {@code support} holds what they share (envelopes, paging, request
 * bodies). Resources call application services only: never infrastructure, batch or repositories.
 */
package io.millrace.web.api;
