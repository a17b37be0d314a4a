package io.millrace.application;

import io.millrace.source.Source;

/**
 * A source as the API shows it.
 *
 * @param endpointUrl the URL of its HTTP endpoint, or null
 */
public record SourceView(Source source, String endpointUrl) {
}
