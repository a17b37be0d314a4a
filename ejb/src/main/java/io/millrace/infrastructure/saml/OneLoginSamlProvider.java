package io.millrace.infrastructure.saml;

import com.onelogin.saml2.authn.AuthnRequest;
import com.onelogin.saml2.authn.AuthnRequestParams;
import com.onelogin.saml2.authn.SamlResponse;
import com.onelogin.saml2.http.HttpRequest;
import com.onelogin.saml2.settings.IdPMetadataParser;
import com.onelogin.saml2.settings.Metadata;
import com.onelogin.saml2.settings.Saml2Settings;
import com.onelogin.saml2.settings.SettingsBuilder;
import com.onelogin.saml2.util.Util;
import io.millrace.application.identity.SignInRefusedException;
import io.millrace.application.signin.SamlProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The IdP of {@code MILLRACE_SAML_IDP_METADATA}, read at the first use and again an hour later (the old
 * metadata stays in use while the IdP cannot be reached). This service provider is
 * {@code MILLRACE_SAML_SP_ENTITY_ID} (default {@code <MILLRACE_ENDPOINT_BASE_URL>/saml/metadata}) with its ACS
 * at {@code <MILLRACE_ENDPOINT_BASE_URL>/saml/acs}. Strict validation: the Response or the Assertion must be
 * signed by a certificate of the metadata (SHA-1 signatures are refused), responses are schema-checked.
 */
@ApplicationScoped
public class OneLoginSamlProvider implements SamlProvider {
    private static final long REFRESH_MILLIS = 3_600_000;
    private static final String PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol";
    private static final String ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion";

    @Inject
    @ConfigProperty(name = "millrace.saml.idp.metadata")
    Optional<String> metadataSetting;
    @Inject
    @ConfigProperty(name = "millrace.saml.sp.entity.id")
    Optional<String> entityIdSetting;
    @Inject
    @ConfigProperty(name = "millrace.endpoint.base.url", defaultValue = "http://localhost:9080")
    String baseUrl;

    private volatile Loaded loaded;

    private record Loaded(Saml2Settings settings, long at) {
    }

    @Override
    public boolean enabled() {
        return !metadataSetting.orElse("").isBlank();
    }

    @Override
    public String idpEntityId() {
        return settings().getIdpEntityId();
    }

    @Override
    public Request request(String relayState) {
        Saml2Settings settings = settings();
        AuthnRequest request = new AuthnRequest(settings, new AuthnRequestParams(false, false, true, true));
        String encoded;
        try {
            encoded = request.getEncodedAuthnRequest(true);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("AuthnRequest: " + e, e);
        }
        String sso = settings.getIdpSingleSignOnServiceUrl().toString();
        URI location = URI.create(sso + (sso.contains("?") ? "&" : "?") + "SAMLRequest=" + Util.urlEncoder(encoded)
                + "&RelayState=" + Util.urlEncoder(relayState));
        return new Request(request.getId(), location);
    }

    @Override
    public Peek peek(String samlResponse) {
        Document document;
        try {
            document = Util.loadXML(new String(Util.base64decoder(samlResponse.trim()), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            document = null;
        }
        Element root = document == null ? null : document.getDocumentElement();
        if (root == null || !PROTOCOL.equals(root.getNamespaceURI()) || !"Response".equals(root.getLocalName())) {
            throw new SignInRefusedException(400, "SAMLResponse is not a SAML 2.0 response (base64 of a samlp:Response)",
                    "SAMLResponse");
        }
        String inResponseTo = root.getAttribute("InResponseTo");
        NodeList names = root.getElementsByTagNameNS(ASSERTION, "NameID");
        String nameId = names.getLength() == 0 ? null : names.item(0).getTextContent();
        return new Peek(inResponseTo.isEmpty() ? null : inResponseTo, nameId);
    }

    @Override
    public Assertion verify(String samlResponse, String requestId) {
        Saml2Settings settings = settings();
        try {
            SamlResponse response = new SamlResponse(settings, new HttpRequest(acsUrl(), Map.of("SAMLResponse",
                    List.of(samlResponse.trim())), null));
            if (!response.isValid(requestId)) {
                throw new SignInRefusedException(401, "the SAML response is not valid: " + response.getError(), "SAMLResponse");
            }
            long expiresAt = response.getAssertionNotOnOrAfter().stream().mapToLong(org.joda.time.Instant::getMillis)
                    .max().orElse(0);
            return new Assertion(response.getAssertionId(), expiresAt, response.getNameId(), new HashMap<>(response.getAttributes()));
        } catch (SignInRefusedException e) {
            throw e;
        } catch (Exception e) { // the library's parse and validation errors
            throw new SignInRefusedException(401, "the SAML response is not valid: " + e.getMessage(), "SAMLResponse");
        }
    }

    @Override
    public String metadata() {
        try {
            return new Metadata(settings()).getMetadataString();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("SP metadata: " + e, e);
        }
    }

    private String base() {
        return baseUrl.trim().replaceFirst("/+$", "");
    }

    private String acsUrl() {
        return base() + "/saml/acs";
    }

    private String entityId() {
        String configured = entityIdSetting.orElse("").trim();
        return configured.isEmpty() ? base() + "/saml/metadata" : configured;
    }

    private Saml2Settings settings() {
        Loaded current = loaded;
        long now = System.currentTimeMillis();
        if (current != null && now - current.at() < REFRESH_MILLIS) {
            return current.settings();
        }
        synchronized (this) {
            current = loaded;
            if (current != null && now - current.at() < REFRESH_MILLIS) {
                return current.settings();
            }
            try {
                loaded = new Loaded(build(), now);
            } catch (IllegalStateException e) {
                if (current == null) {
                    throw e;
                }
                System.getLogger(OneLoginSamlProvider.class.getName()).log(System.Logger.Level.WARNING,
                        "keeping the SAML IdP metadata read before: {0}", e.getMessage());
                loaded = new Loaded(current.settings(), now);
            }
            return loaded.settings();
        }
    }

    private Saml2Settings build() {
        Map<String, Object> values;
        try {
            values = new HashMap<>(IdPMetadataParser.parseXML(IdpMetadata.read(metadataSetting.orElse(""))));
        } catch (javax.xml.xpath.XPathException | RuntimeException e) {
            throw new IllegalStateException("SAML IdP metadata: " + e.getMessage(), e);
        }
        if (values.get(SettingsBuilder.IDP_ENTITYID_PROPERTY_KEY) == null) {
            throw new IllegalStateException("SAML IdP metadata has no IDPSSODescriptor with an entityID");
        }
        values.put(SettingsBuilder.STRICT_PROPERTY_KEY, true);
        values.put(SettingsBuilder.SP_ENTITYID_PROPERTY_KEY, entityId());
        values.put(SettingsBuilder.SP_ASSERTION_CONSUMER_SERVICE_URL_PROPERTY_KEY, acsUrl());
        values.put(SettingsBuilder.SP_ASSERTION_CONSUMER_SERVICE_BINDING_PROPERTY_KEY, "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST");
        values.put(SettingsBuilder.SP_NAMEIDFORMAT_PROPERTY_KEY, "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified");
        values.put(SettingsBuilder.SECURITY_AUTHREQUEST_SIGNED, false);
        values.put(SettingsBuilder.SECURITY_WANT_MESSAGES_SIGNED, false);
        values.put(SettingsBuilder.SECURITY_WANT_ASSERTIONS_SIGNED, false);
        values.put(SettingsBuilder.SECURITY_WANT_NAMEID, true);
        values.put(SettingsBuilder.SECURITY_WANT_XML_VALIDATION, true);
        values.put(SettingsBuilder.SECURITY_REJECT_DEPRECATED_ALGORITHM, true);
        values.put(SettingsBuilder.SECURITY_REJECT_UNSOLICITED_RESPONSES_WITH_INRESPONSETO, true);
        values.put(SettingsBuilder.SECURITY_REQUESTED_AUTHNCONTEXT, "");
        values.put(SettingsBuilder.UNIQUE_ID_PREFIX_PROPERTY_KEY, "MILLRACE_");
        Saml2Settings settings = new SettingsBuilder().fromValues(values).build();
        List<String> errors = settings.checkSettings();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("SAML settings: " + String.join(", ", errors));
        }
        return settings;
    }
}
