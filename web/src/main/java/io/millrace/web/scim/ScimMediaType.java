package io.millrace.web.scim;

import jakarta.ws.rs.core.MediaType;

/** SCIM's media type (RFC 7644 §3.1); {@code application/json} is accepted and answered too. */
public final class ScimMediaType {
    public static final String SCIM_JSON = "application/scim+json";
    public static final MediaType SCIM_JSON_TYPE = MediaType.valueOf(SCIM_JSON);

    private ScimMediaType() {
    }
}
