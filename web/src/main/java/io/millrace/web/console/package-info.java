/**
 * The web console's files at {@code /}: {@code index.html} for the console's page paths, its own ES modules and
 * styles ({@code /console/…}) and the WebJars' ({@code /webjars/…}), with cache headers and the
 * Content-Security-Policy. The console itself calls only the public {@code /v1} API.
 */
package io.millrace.web.console;
