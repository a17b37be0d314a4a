package io.millrace.web.signin;

import io.millrace.application.identity.BrowserSessions;
import io.millrace.application.identity.SignedIn;
import io.millrace.application.signin.SamlSignIn;
import io.millrace.web.security.SessionCookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.millrace.shared.InvalidInputException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The SAML 2.0 browser flow. {@code GET /saml/login?return_to=/path} redirects to the IdP with an
 * AuthnRequest (HTTP-Redirect binding; the local path as RelayState); the IdP posts its response to
 * {@code POST /saml/acs} (HTTP-POST binding), which opens the browser session (the session cookie, as
 * {@code POST /login} sets it) and redirects to the RelayState's local path or {@code /}.
 * {@code GET /saml/metadata} is this service provider's metadata for the IdP. Refusals are JSON errors (400
 * no or no SAML response, 401 a response that answers no pending request, is not valid or was used before,
 * 403 no workspace, 404 SAML not configured).
 */
@Path("saml")
@RequestScoped
public class SamlResource {
    @Inject
    SamlSignIn saml;
    @Inject
    BrowserSessions sessions;
    @Context
    HttpServletRequest http;

    @GET
    @Path("login")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response login(@QueryParam("return_to") String returnTo) {
        return Response.seeOther(saml.start(returnTo)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Path("acs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response acs(String body) {
        Map<String, String> form = form(body);
        SamlSignIn.Finished finished = saml.finish(form.get("SAMLResponse"), form.get("RelayState"));
        SignedIn signedIn = sessions.open(finished.admitted().user(), finished.admitted().method(), http.getRemoteAddr(),
                http.getHeader(HttpHeaders.USER_AGENT));
        return Response.seeOther(URI.create(finished.returnTo()))
                .cookie(SessionCookie.of(signedIn.token(), http))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /**
     * The form's fields (the body was read by {@code BodyLimitFilter}, so the servlet's parameters are empty);
     * other fields are ignored, a field given twice keeps its first value.
     */
    static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        if (body == null || body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            try {
                fields.putIfAbsent(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("SAMLResponse", "the form is not valid application/x-www-form-urlencoded");
            }
        }
        return fields;
    }

    @GET
    @Path("metadata")
    @Produces("application/samlmetadata+xml")
    @Operation(hidden = true)
    public Response metadata() {
        return Response.ok(saml.metadata(), "application/samlmetadata+xml").build();
    }
}
