package io.millrace.web.openapi;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The document's title and the Bearer scheme every operation needs unless it says otherwise
 * ({@link CommonOperations} sets them too, for runtimes that drop them).
 */
@OpenAPIDefinition(
        info = @Info(title = ApiDefinition.TITLE, version = ApiDefinition.VERSION,
                description = ApiDefinition.DESCRIPTION),
        security = @SecurityRequirement(name = ApiDefinition.BEARER),
        components = @Components(schemas = {
                @Schema(name = "Error", implementation = CommonSchemas.Error.class),
                @Schema(name = "PageInfo", implementation = CommonSchemas.PageInfo.class)}))
@SecurityScheme(securitySchemeName = ApiDefinition.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = ApiDefinition.BEARER_DESCRIPTION)
public final class ApiDefinition {
    public static final String TITLE = "Millrace REST API";
    public static final String VERSION = "1";
    public static final String DESCRIPTION = "Pipedream-compatible REST API of Millrace. Every /v1 operation"
            + " needs Authorization: Bearer with a user API key or an OAuth access token (POST /v1/oauth/token),"
            + " except the two OAuth token endpoints. See docs/api.md.";
    public static final String BEARER = "bearer";
    public static final String BEARER_DESCRIPTION =
            "a user API key, or an access token from POST /v1/oauth/token (valid one hour)";

    private ApiDefinition() {
    }
}
