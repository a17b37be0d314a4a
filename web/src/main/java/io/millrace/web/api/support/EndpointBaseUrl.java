package io.millrace.web.api.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The base of HTTP trigger URLs ({@code millrace.endpoint.base.url}), without a trailing slash. */
@ApplicationScoped
public class EndpointBaseUrl {
    @Inject
    @ConfigProperty(name = "millrace.endpoint.base.url", defaultValue = "http://localhost:9080")
    String configured;

    public String value() {
        return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }
}
