package io.millrace.web.openapi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds to every {@code /v1} operation what they all share, so that resources document only their
 * own parts: the common query parameters {@code include}, {@code exclude} and {@code org_id}, a
 * {@code limit} typed as an integer from 1 to 100, and the JSON error as the default response. The
 * OAuth token endpoints keep their own error shape. Registered as {@code mp.openapi.filter} in
 * {@code META-INF/microprofile-config.properties}.
 */
public class CommonOperations implements OASFilter {
    static final String SCOPE = "{scope}";
    private static final Map<String, String> COMMON = Map.of(
            "include", "comma-separated fields of data to keep (default: all)",
            "exclude", "comma-separated fields of data to leave out (default: none)",
            "org_id", "the caller's workspace id (optional; another workspace is 404)");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            item.getOperations().values().forEach(op -> nameScope(path, op));
            if (path.startsWith("/v1/") && !path.startsWith("/v1/oauth/")) {
                item.getOperations().values().forEach(CommonOperations::complete);
            }
        });
    }

    /**
     * An operation inherited by resources of several paths (e.g. environment variables of workspaces
     * and of projects) writes {@code {scope}} in its operation id; it becomes the singular of the path's
     * first segment after /v1: {@code list{scope}EnvVars} → {@code listWorkspaceEnvVars}.
     */
    static void nameScope(String path, Operation op) {
        String id = op.getOperationId();
        if (id == null || !id.contains(SCOPE) || !path.startsWith("/v1/")) {
            return;
        }
        String segment = path.substring(4).split("/")[0];
        String singular = segment.endsWith("s") ? segment.substring(0, segment.length() - 1) : segment;
        String word = singular.isEmpty() ? "" : Character.toUpperCase(singular.charAt(0)) + singular.substring(1);
        op.setOperationId(id.replace(SCOPE, word));
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
            boolean present = params.stream().anyMatch(p -> name.equals(p.getName()) && p.getIn() == Parameter.In.QUERY);
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
