/**
 * The web layer: the {@code /v1} REST API ({@code api}), API-key authentication ({@code security}),
 * JSON errors ({@code error}), HTTP trigger endpoints ({@code trigger}) and readiness ({@code health}).
 * Resources render DTOs as JSON; entities never leave the core.
 */
package io.millrace.web;
