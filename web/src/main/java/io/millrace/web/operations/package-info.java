/**
 * Liberty's own endpoints on the public port: {@code /metrics} (mpMetrics), {@code /openapi} (mpOpenAPI)
 * and {@code /health} (mpHealth). Liberty serves them on a loopback port of its own (the virtual host
 * {@code default_host}, see {@code server.xml}); the resources here authenticate and check the request as
 * the rest of the API does, read Liberty's answer from that port ({@link FeatureEndpoints}) and pass it on.
 */
package io.millrace.web.operations;
