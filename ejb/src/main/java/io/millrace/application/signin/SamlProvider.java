package io.millrace.application.signin;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** A SAML 2.0 identity provider, used with the HTTP-Redirect binding out and the HTTP-POST binding back. */
public interface SamlProvider {
    /** Whether the IdP's metadata is configured. */
    boolean enabled();

    /** The IdP's entity id (from its metadata); with a NameID the stable key of a person. */
    String idpEntityId();

    /** A new AuthnRequest: its id, and where to send the browser (the IdP's sign-on URL with it and the RelayState). */
    Request request(String relayState);

    /**
     * What an unverified response says it answers, and whom it names, so that the caller can find the
     * request it answers (and the user a refusal concerns) before {@link #verify}.
     *
     * @throws io.millrace.application.identity.SignInRefusedException 400 when it is no SAML response
     */
    Peek peek(String samlResponse);

    /**
     * Validates the response: a signature of the Response or Assertion by the IdP's certificate, the issuer,
     * the destination and recipient (the ACS URL), the audience (the SP entity id), {@code InResponseTo} =
     * {@code requestId}, NotBefore/NotOnOrAfter (with a small clock skew), a success status.
     *
     * @throws io.millrace.application.identity.SignInRefusedException 401 naming what failed
     */
    Assertion verify(String samlResponse, String requestId);

    /** This service provider's metadata XML (entity id, ACS URL and binding, NameID format). */
    String metadata();

    /** An AuthnRequest sent. */
    record Request(String id, URI location) {
    }

    /** What a response claims, before it is verified: any value may be null. */
    record Peek(String inResponseTo, String nameId) {
    }

    /**
     * A verified assertion.
     *
     * @param expiresAt until when it is valid (its NotOnOrAfter, in milliseconds): it must be remembered as
     *                  used until then
     */
    record Assertion(String assertionId, long expiresAt, String nameId, Map<String, List<String>> attributes) {
    }
}
