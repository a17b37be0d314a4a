package io.millrace.web.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Adds to every {@code /v1} operation what they all share, so that resources document only their
 * own parts: the document's title and Bearer scheme, the common query parameters {@code include}, {@code exclude} and {@code org_id}, a
 * {@code limit} typed as an integer from 1 to 100, and the JSON error as the default response. The
 * OAuth token endpoints keep their own error shape; operations marked with an empty
 * {@code @SecurityRequirementsSet} need no authentication. Registered as {@code mp.openapi.filter} in
 * {@code META-INF/microprofile-config.properties}.
 */
public class CommonOperations implements OASFilter {
    /** Sorted, so that generated clients get the same parameter order from every start (Map.of's order is not stable). */
    private static final Map<String, String> COMMON = new TreeMap<>(Map.of(
            "include", "comma-separated fields of data to keep (default: all)",
            "exclude", "comma-separated fields of data to leave out (default: none)",
            "org_id", "the caller's workspace id (optional; another workspace is 404)"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        describe(openAPI);
        publicServer(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            item.getOperations().values().forEach(CommonOperations::noSecurityWhenEmpty);
            if (path.startsWith("/v1/") && !path.startsWith("/v1/oauth/")) {
                item.getOperations().values().forEach(CommonOperations::complete);
            }
        });
    }

    /**
     * The server is the public base URL ({@code millrace.endpoint.base.url}): Liberty would name the address
     * the document was read from, its internal loopback port (see {@code web.operations}).
     */
    private static void publicServer(OpenAPI openAPI) {
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            String base = ConfigProvider.getConfig().getOptionalValue("millrace.endpoint.base.url", String.class)
                    .orElse("http://localhost:9080");
            openAPI.setServers(List.of(OASFactory.createServer().url(base.replaceFirst("/+$", ""))));
        }
    }

    /**
     * The title and the Bearer scheme of {@link ApiDefinition}, set here when the runtime did not take
     * them from the annotations (Liberty 25.0.0.12 drops the definition's info and security).
     */
    private static void describe(OpenAPI openAPI) {
        if (openAPI.getInfo() == null || !ApiDefinition.TITLE.equals(openAPI.getInfo().getTitle())) {
            openAPI.setInfo(OASFactory.createInfo().title(ApiDefinition.TITLE).version(ApiDefinition.VERSION)
                    .description(ApiDefinition.DESCRIPTION));
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, SecurityScheme> schemes = openAPI.getComponents().getSecuritySchemes();
        if (schemes == null || !schemes.containsKey(ApiDefinition.BEARER)) {
            openAPI.getComponents().addSecurityScheme(ApiDefinition.BEARER, OASFactory.createSecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("bearer").description(ApiDefinition.BEARER_DESCRIPTION));
        }
        if (openAPI.getSecurity() == null || openAPI.getSecurity().isEmpty()) {
            openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(ApiDefinition.BEARER));
        }
    }

    /**
     * {@code @SecurityRequirementsSet} without requirements (the token endpoints, /ping) yields one
     * empty requirement; OpenAPI writes "no security" as an empty list.
     */
    private static void noSecurityWhenEmpty(Operation op) {
        List<SecurityRequirement> security = op.getSecurity();
        if (security != null && !security.isEmpty()
                && security.stream().allMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty())) {
            op.setSecurity(new ArrayList<>());
        }
    }

    private static void complete(Operation op) {
        List<Parameter> params = op.getParameters() == null ? List.of() : op.getParameters();
        for (Parameter p : params) {
            if ("limit".equals(p.getName()) && p.getIn() == Parameter.In.QUERY) {
                p.setSchema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(100)));
            }
        }
        COMMON.forEach((name, description) -> {
            // A path that names the workspace (…/{org_id}/…) needs no org_id query parameter.
            boolean present = params.stream().anyMatch(p -> name.equals(p.getName()));
            if (!present) {
                op.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.QUERY).required(false)
                        .description(description).schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
            }
        });
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        if (responses.getDefaultValue() == null) {
            responses.setDefaultValue(OASFactory.createAPIResponse().description("an error")
                    .content(OASFactory.createContent().addMediaType("application/json",
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Error")))));
        }
        op.setResponses(responses);
    }
}
