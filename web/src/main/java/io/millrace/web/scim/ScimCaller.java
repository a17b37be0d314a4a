package io.millrace.web.scim;

import io.millrace.application.scim.ScimClient;
import jakarta.enterprise.context.RequestScoped;

/** The identity provider of the current {@code /scim/v2} request, as {@link ScimTokenFilter} found it. */
@RequestScoped
public class ScimCaller {
    private ScimClient client;

    void authenticated(ScimClient found) {
        this.client = found;
    }

    public ScimClient client() {
        if (client == null) {
            throw new IllegalStateException("this request has no SCIM caller");
        }
        return client;
    }
}
