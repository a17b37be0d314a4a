package io.millrace.web.api.identity;

import io.millrace.application.identity.TwoFactor;
import io.millrace.domain.workspace.User;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Envelope;
import io.millrace.web.api.support.RequestBodies;
import io.millrace.web.openapi.SignInSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** TOTP two-factor authentication of the caller's local account (Millrace's own). */
@Path("v1/users/me/2fa")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TwoFactorResource {
    @Inject
    TwoFactor twoFactor;
    @Inject
    Caller caller;
    @Context
    HttpServletRequest http;

    @POST
    @Operation(operationId = "startTwoFactor",
            summary = "Start TOTP enrolment: a new secret and its otpauth:// URI (2FA is on once confirmed)")
    @APIResponse(responseCode = "200", description = "the secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SignInSchemas.TwoFactorEnrolmentData.class)))
    public JsonObject start() {
        TwoFactor.Enrolment enrolment = twoFactor.start(person());
        return Envelope.data(Jsonp.createObjectBuilder().add("secret", enrolment.secret())
                .add("otpauth_uri", enrolment.uri()));
    }

    @POST
    @Path("confirm")
    @Operation(operationId = "confirmTwoFactor",
            summary = "Turn 2FA on with the first code; answers 10 one-time recovery codes, shown only here")
    @APIResponse(responseCode = "200", description = "2FA is on",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SignInSchemas.RecoveryCodesData.class)))
    public JsonObject confirm(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SignInSchemas.TwoFactorCode.class))) String body) {
        List<String> codes = twoFactor.confirm(person(), RequestBodies.read(null, body));
        JsonArrayBuilder list = Jsonp.createArrayBuilder();
        codes.forEach(list::add);
        return Envelope.data(Jsonp.createObjectBuilder().add("recovery_codes", list).add("two_factor_enabled", true));
    }

    @DELETE
    @Operation(operationId = "disableTwoFactor",
            summary = "Turn 2FA off, with the current password or a code (TOTP or recovery)")
    @APIResponse(responseCode = "204", description = "2FA is off")
    public Response disable(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SignInSchemas.TwoFactorOff.class))) String body) {
        twoFactor.disable(person(), RequestBodies.read(null, body), http.getRemoteAddr());
        return Response.noContent().build();
    }

    private User person() {
        caller.requireUserApiKey();
        return caller.person();
    }
}
