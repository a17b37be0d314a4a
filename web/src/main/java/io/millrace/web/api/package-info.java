/** JAX-RS resources of the {@code /v1} REST API and the JSON they render. */
package io.millrace.web.api;
