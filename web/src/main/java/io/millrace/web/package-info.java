/**
 * The web layer: the {@code /v1} REST API ({@code api}), authentication and the request's caller
 * ({@code security}), JSON errors ({@code error}), HTTP trigger endpoints ({@code trigger}) and readiness
 * ({@code health}). Resources render DTOs as JSON; entities never leave the core. Reaches the core through
 * application services only: never infrastructure, batch or repository classes.
 */
package io.millrace.web;
