package io.millrace.application.signin;

import io.millrace.application.identity.SignInRefusedException;
import io.millrace.application.identity.SignInWriter;
import io.millrace.domain.signin.ExternalIdentity;
import io.millrace.domain.signin.IdentityLinkRepository;
import io.millrace.domain.signin.SamlPerson;
import io.millrace.domain.workspace.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SAML 2.0 sign-in, SP-initiated. {@link #start} sends an AuthnRequest (redirect binding) and remembers its id
 * for ten minutes (stored: any node can finish); {@link #finish} takes the IdP's response (POST binding) only
 * when it answers a pending request of this server, which it then consumes, and is valid
 * ({@link SamlProvider#verify}), and its assertion was never accepted before. Refusals of a response that
 * names a person Millrace knows are recorded as {@code user.sign_in_failed} (method {@code saml}).
 */
@ApplicationScoped
public class SamlSignIn {
    /** How long a started sign-in may take at the IdP. */
    public static final int PENDING_SECONDS = 600;
    /** The clock skew allowed when checking times, and added to how long an assertion id is remembered. */
    public static final long SKEW_MILLIS = 180_000;
    private static final int MAX_RESPONSE_LENGTH = 1_000_000;
    private static final String RESTART = "; start again at /saml/login";

    @Inject
    SamlProvider provider;
    @Inject
    SamlMessages messages;
    @Inject
    SignIns signIns;
    @Inject
    SignInWriter writer;
    @Inject
    IdentityLinkRepository links;
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    @ConfigProperty(name = "millrace.saml.groups.attribute", defaultValue = "groups")
    String groupsAttribute;

    LongSupplier clock = System::currentTimeMillis;

    /** A finished sign-in, and the local path to go to. */
    public record Finished(Admitted admitted, String returnTo) {
    }

    public boolean enabled() {
        return provider.enabled();
    }

    /** Where to send the browser: the IdP, with the request and {@code returnTo} (a local path) as RelayState. */
    public URI start(String returnTo) {
        requireEnabled();
        long now = clock.getAsLong();
        try {
            SamlProvider.Request request = provider.request(localPath(returnTo));
            messages.pending(request.id(), now + PENDING_SECONDS * 1000L, now);
            return request.location();
        } catch (IllegalStateException e) {
            throw unreachable(e);
        }
    }

    /**
     * The IdP's answer at the ACS.
     *
     * @throws SignInRefusedException 400 when there is no SAML response, 401 when it answers no pending request of
     *                       this server, is not valid or was used before, 403 without a workspace
     */
    public Finished finish(String samlResponse, String relayState) {
        requireEnabled();
        if (samlResponse == null || samlResponse.isBlank()) {
            throw new SignInRefusedException(400, "SAMLResponse is required: post the identity provider's response"
                    + " here" + RESTART, "SAMLResponse");
        }
        if (samlResponse.length() > MAX_RESPONSE_LENGTH) {
            throw new SignInRefusedException(400, "SAMLResponse is too long", "SAMLResponse");
        }
        SamlProvider.Peek peek = provider.peek(samlResponse);
        long now = clock.getAsLong();
        if (peek.inResponseTo() == null || peek.inResponseTo().length() > 256) {
            throw refused(peek, "unsolicited", "the response answers no sign-in request (responses the identity provider"
                    + " sends unasked are refused)" + RESTART);
        }
        if (!messages.answer(peek.inResponseTo(), now)) {
            throw refused(peek, "unknown_request", "the response does not answer a pending sign-in of this server"
                    + " (unknown, expired or already answered: a response is accepted once)" + RESTART);
        }
        SamlProvider.Assertion assertion;
        try {
            assertion = provider.verify(samlResponse, peek.inResponseTo());
        } catch (SignInRefusedException e) {
            audit(peek, "invalid_response: " + e.getMessage());
            throw e;
        } catch (IllegalStateException e) {
            throw unreachable(e);
        }
        if (!firstUse(assertion, now)) {
            throw refused(peek, "replayed_assertion", "this assertion was already used to sign in" + RESTART);
        }
        ExternalIdentity identity;
        try {
            identity = SamlPerson.of(provider.idpEntityId(), assertion.nameId(), assertion.attributes(), groupsAttribute);
        } catch (IllegalArgumentException e) {
            throw new SignInRefusedException(401, e.getMessage(), "SAMLResponse");
        }
        return new Finished(signIns.admit(identity), localPath(relayState));
    }

    /** This service provider's metadata. */
    public String metadata() {
        requireEnabled();
        try {
            return provider.metadata();
        } catch (IllegalStateException e) {
            throw unreachable(e);
        }
    }

    private boolean firstUse(SamlProvider.Assertion assertion, long now) {
        if (assertion.assertionId() == null || assertion.assertionId().length() > 256) {
            return false;
        }
        long until = Math.max(assertion.expiresAt(), now + PENDING_SECONDS * 1000L) + SKEW_MILLIS;
        try {
            return messages.firstUse(assertion.assertionId(), until);
        } catch (RuntimeException e) { // another request stored the same id first
            return false;
        }
    }

    /**
     * A local path to return to: starts with one {@code /}, no scheme or host; anything else is {@code /}. Also the
     * OIDC flow's {@code return_to}.
     */
    public static String localPath(String path) {
        if (path == null || path.length() > 512 || !path.startsWith("/") || path.startsWith("//")
                || path.startsWith("/\\") || path.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/";
        }
        return path;
    }

    private SignInRefusedException refused(SamlProvider.Peek peek, String reason, String message) {
        audit(peek, reason);
        return new SignInRefusedException(401, message, "SAMLResponse");
    }

    /** Records the failure in the audit log of the user the response names, when Millrace knows it. */
    private void audit(SamlProvider.Peek peek, String reason) {
        if (peek.nameId() == null || peek.nameId().isBlank()) {
            return;
        }
        String subject = peek.nameId().trim();
        try {
            links.find("saml:" + provider.idpEntityId(), subject).flatMap(l -> workspaces.user(l.userId()))
                    .ifPresent(u -> writer.failed(u, subject, reason.length() > 200 ? reason.substring(0, 200) : reason, "saml"));
        } catch (RuntimeException e) {
            System.getLogger(SamlSignIn.class.getName()).log(System.Logger.Level.WARNING,
                    "SAML sign-in failure not audited: {0}", e.toString());
        }
        System.getLogger(SamlSignIn.class.getName()).log(System.Logger.Level.INFO, "SAML sign-in refused: {0}", reason);
    }

    private static SignInRefusedException unreachable(IllegalStateException e) {
        System.getLogger(SamlSignIn.class.getName()).log(System.Logger.Level.WARNING, "SAML sign-in: {0}", e.getMessage());
        return new SignInRefusedException(503, "the identity provider's metadata cannot be read; try again later", null);
    }

    private void requireEnabled() {
        if (!provider.enabled()) {
            throw new SignInRefusedException(404, "SAML sign-in is not configured on this server", null);
        }
    }
}
