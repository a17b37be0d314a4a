package io.millrace.application.source;

import io.millrace.domain.source.Source;

/**
 * A source as the API shows it.
 *
 * @param endpointUrl          the URL of its HTTP endpoint, or null
 * @param configurablePropsJson its component's props (a JSON array; "[]" when the component is gone)
 */
public record SourceView(Source source, String endpointUrl, String configurablePropsJson) {
}
