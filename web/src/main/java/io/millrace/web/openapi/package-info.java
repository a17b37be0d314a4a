/**
 * The OpenAPI document at {@code /openapi} (MicroProfile OpenAPI): the definition (title, Bearer
 * security scheme), the filter that adds what every {@code /v1} operation shares (common parameters,
 * error responses), and the schemas of the JSON shapes. The schema records are documentation types
 * only: responses are built with JSON-P in {@code io.millrace.web.api}, and their field names follow
 * the JSON (snake_case) on purpose. See docs/api.md, "OpenAPI", for how to document a new resource.
 */
package io.millrace.web.openapi;
