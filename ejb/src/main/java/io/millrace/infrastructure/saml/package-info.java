/**
 * The SAML 2.0 adapter ({@code application.signin.SamlProvider}) on OneLogin's java-saml-core: the IdP's
 * metadata ({@link io.millrace.infrastructure.saml.IdpMetadata}, from a URL or a file), AuthnRequests for the
 * redirect binding, validation of responses (signature, issuer, destination, audience, InResponseTo, times)
 * and this service provider's metadata.
 */
package io.millrace.infrastructure.saml;
