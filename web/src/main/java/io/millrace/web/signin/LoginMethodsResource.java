package io.millrace.web.signin;

import io.millrace.application.signin.SignInMethods;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.openapi.SignInSchemas;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/** {@code GET /login/methods}: which sign-in methods this server offers, for the sign-in page; no authentication. */
@Path("login/methods")
@RequestScoped
public class LoginMethodsResource {
    @Inject
    SignInMethods methods;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listLoginMethods",
            summary = "The sign-in methods this server offers (password always; oidc, saml, ldap when configured); no authentication")
    @APIResponse(responseCode = "200", description = "the methods, browser flows with the path where they start",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SignInSchemas.LoginMethodsData.class)))
    @SecurityRequirementsSet
    public Response list() {
        JsonArrayBuilder list = Jsonp.createArrayBuilder();
        methods.offered().forEach(m -> {
            JsonObjectBuilder method = Jsonp.createObjectBuilder().add("method", m.method());
            if (m.loginUrl() != null) {
                method.add("login_url", m.loginUrl());
            }
            list.add(method);
        });
        return Response.ok(Envelope.data(Jsonp.createObjectBuilder().add("methods", list)).toString(),
                MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
