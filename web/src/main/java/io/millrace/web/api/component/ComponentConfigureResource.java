package io.millrace.web.api.component;

import io.millrace.application.component.PropsConfigurer;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.openapi.ComponentSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code POST /v1/components/configure}: a component's prop's options: static, or its options() method run in the sandbox (Pipedream Connect's name and shape). */
@Path("v1/components/configure")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ComponentConfigureResource {
    @Inject
    PropsConfigurer configurer;
    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "configureComponentProp", summary = "The options of one prop of a component, given the props configured so far (options() runs in the sandbox)")
    @APIResponse(responseCode = "200", description = "the answer; errors thrown by the component's code are in errors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComponentSchemas.PropsConfigureAnswer.class)))
    public JsonObject configure(@HeaderParam("Content-Type") String type,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComponentSchemas.PropsConfigureRequest.class))) String body) {
        return configurer.configure(caller.user(), RequestBodies.read(type, body));
    }
}
