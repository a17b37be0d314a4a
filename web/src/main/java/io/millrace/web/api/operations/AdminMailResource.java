package io.millrace.web.api.operations;

import io.millrace.web.api.support.Envelope;
import io.millrace.application.notification.MailException;
import io.millrace.application.notification.MailMessage;
import io.millrace.application.notification.MailSender;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Jsonp;
import io.millrace.web.error.ErrorBody;
import io.millrace.domain.workspace.User;
import io.millrace.web.openapi.AdminSchemas;
import io.millrace.web.openapi.CommonSchemas;
import io.millrace.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Checks the outgoing mail settings (Millrace's own API). Admin users only. */
@Path("v1/admin/mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminMailResource {
    @Inject
    MailSender mail;
    @Inject
    Caller caller;

    /**
     * Sends a test message to the caller's email address: {@code 200 {"data": {"to": …}}}; {@code 400}
     * when the caller has none; {@code 502} when the mail server cannot be reached or refuses it.
     */
    @POST
    @Path("test")
    @Operation(operationId = "sendTestMail",
            summary = "Send a test message to the caller's email address through the configured SMTP server")
    @APIResponse(responseCode = "200", description = "sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AdminSchemas.MailTestData.class)))
    @APIResponse(responseCode = "502", description = "the mail server cannot be reached or refused the message",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommonSchemas.Error.class)))
    public Response test() {
        caller.requireServerAdmin();
        User me = caller.user();
        if (me.email() == null) {
            throw new InvalidInputException("email", "you have no email address: set one with PUT /v1/users/me");
        }
        try {
            mail.send(new MailMessage(me.email(), "Millrace test message",
                    "This is a test message from Millrace. Email from your workflows ($.send.email) goes to"
                            + " this address.",
                    "<p>This is a test message from <b>Millrace</b>. Email from your workflows"
                            + " (<code>$.send.email</code>) goes to this address.</p>"));
        } catch (MailException e) {
            return ErrorBody.response(Response.Status.BAD_GATEWAY, e.getMessage(), null);
        }
        return Response.ok(Envelope.data(Jsonp.createObjectBuilder().add("to", me.email()))).build();
    }
}
