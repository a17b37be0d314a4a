package io.millrace.infrastructure.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.application.identity.SignInRefusedException;
import io.millrace.application.signin.SamlProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The SAML adapter against responses signed here with a test IdP's key (test-idp.p12, a self-signed
 * certificate made with keytool for these tests): what it accepts, and each check that refuses.
 */
class OneLoginSamlProviderTest {
    private static final String IDP = "https://idp.test/saml";
    private static final String BASE = "https://millrace.test";
    private static final String ACS = BASE + "/saml/acs";
    private static final String AUDIENCE = BASE + "/saml/metadata";

    private static PrivateKey key;
    private static X509Certificate certificate;
    @TempDir
    static Path dir;

    @BeforeAll
    static void keys() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = OneLoginSamlProviderTest.class.getResourceAsStream("/saml/test-idp.p12")) {
            store.load(in, "changeit".toCharArray());
        }
        Key found = store.getKey("idp", "changeit".toCharArray());
        key = (PrivateKey) found;
        certificate = (X509Certificate) store.getCertificate("idp");
    }

    private static OneLoginSamlProvider provider() throws Exception {
        Path metadata = dir.resolve("idp.xml");
        Files.writeString(metadata, """
                <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="%s">
                  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
                    <md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data>
                      <ds:X509Certificate>%s</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
                    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.test/sso"/>
                  </md:IDPSSODescriptor>
                </md:EntityDescriptor>
                """.formatted(IDP, Base64.getEncoder().encodeToString(certificate.getEncoded())));
        OneLoginSamlProvider provider = new OneLoginSamlProvider();
        provider.metadataSetting = Optional.of(metadata.toString());
        provider.entityIdSetting = Optional.empty();
        provider.baseUrl = BASE + "/";
        return provider;
    }

    /** A response as an IdP would send it; {@code shift} moves its times. */
    private static String response(String inResponseTo, String audience, long shiftMinutes) {
        Instant now = Instant.now().plus(shiftMinutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        return """
                <samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" \
                ID="_r1" Version="2.0" IssueInstant="%1$s" Destination="%2$s" InResponseTo="%3$s"><saml:Issuer>%4$s</saml:Issuer>\
                <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>\
                <saml:Assertion ID="_a1" Version="2.0" IssueInstant="%1$s"><saml:Issuer>%4$s</saml:Issuer><saml:Subject>\
                <saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">alice@example.com</saml:NameID>\
                <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData \
                InResponseTo="%3$s" NotOnOrAfter="%5$s" Recipient="%2$s"/></saml:SubjectConfirmation></saml:Subject>\
                <saml:Conditions NotBefore="%6$s" NotOnOrAfter="%5$s"><saml:AudienceRestriction><saml:Audience>%7$s</saml:Audience>\
                </saml:AudienceRestriction></saml:Conditions><saml:AuthnStatement AuthnInstant="%1$s" SessionIndex="s1">\
                <saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport\
                </saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement><saml:AttributeStatement>\
                <saml:Attribute Name="groups"><saml:AttributeValue>engineers</saml:AttributeValue></saml:Attribute>\
                </saml:AttributeStatement></saml:Assertion></samlp:Response>"""
                .formatted(now, ACS, inResponseTo, IDP, now.plus(5, ChronoUnit.MINUTES), now.minus(1, ChronoUnit.MINUTES), audience);
    }

    /** Signs the Response element (enveloped, exclusive c14n, RSA-SHA256) with {@code signer}. */
    private static String signed(String xml, PrivateKey signer) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = document.getDocumentElement();
        root.setIdAttribute("ID", true);
        XMLSignatureFactory signatures = XMLSignatureFactory.getInstance("DOM");
        Reference reference = signatures.newReference("#_r1", signatures.newDigestMethod(DigestMethod.SHA256, null),
                List.of(signatures.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                        signatures.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)), null, null);
        SignedInfo info = signatures.newSignedInfo(signatures.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE,
                (C14NMethodParameterSpec) null), signatures.newSignatureMethod(SignatureMethod.RSA_SHA256, null), List.of(reference));
        KeyInfoFactory keys = signatures.getKeyInfoFactory();
        KeyInfo keyInfo = keys.newKeyInfo(List.of(keys.newX509Data(List.of(certificate))));
        Element status = (Element) root.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:protocol", "Status").item(0);
        signatures.newXMLSignature(info, keyInfo).sign(new DOMSignContext(signer, root, status));
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toString();
    }

    private static String base64(String xml) {
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSignedResponseToTheRequestIsAccepted() throws Exception {
        OneLoginSamlProvider provider = provider();
        String response = base64(signed(response("MILLRACE_req1", AUDIENCE, 0), key));
        SamlProvider.Peek peek = provider.peek(response);
        assertEquals("MILLRACE_req1", peek.inResponseTo());
        assertEquals("alice@example.com", peek.nameId());
        SamlProvider.Assertion assertion = provider.verify(response, "MILLRACE_req1");
        assertEquals("_a1", assertion.assertionId());
        assertEquals("alice@example.com", assertion.nameId());
        assertEquals(List.of("engineers"), assertion.attributes().get("groups"));
        assertTrue(assertion.expiresAt() > System.currentTimeMillis() + 200_000, "its NotOnOrAfter");
        assertEquals(IDP, provider.idpEntityId());
    }

    @Test
    void eachCheckRefuses() throws Exception {
        OneLoginSamlProvider provider = provider();
        String good = signed(response("MILLRACE_req1", AUDIENCE, 0), key);
        assertRefused(provider, base64(good.replace(">engineers<", ">operators<")), "MILLRACE_req1", "a changed attribute");
        assertRefused(provider, base64(response("MILLRACE_req1", AUDIENCE, 0)), "MILLRACE_req1", "no signature");
        var other = KeyPairGenerator.getInstance("RSA");
        other.initialize(2048);
        assertRefused(provider, base64(signed(response("MILLRACE_req1", AUDIENCE, 0), other.generateKeyPair().getPrivate())),
                "MILLRACE_req1", "another key");
        assertRefused(provider, base64(good), "MILLRACE_other", "another request");
        assertRefused(provider, base64(signed(response("MILLRACE_req1", "https://other-sp.test", 0), key)), "MILLRACE_req1",
                "another audience");
        assertRefused(provider, base64(signed(response("MILLRACE_req1", AUDIENCE, -30), key)), "MILLRACE_req1", "expired");
        assertRefused(provider, base64(signed(response("MILLRACE_req1", AUDIENCE, 30), key)), "MILLRACE_req1", "not yet valid");
        assertRefused(provider, base64(signed(response("MILLRACE_req1", AUDIENCE, 0).replace(ACS, BASE + "/elsewhere"), key)),
                "MILLRACE_req1", "another destination");
    }

    private static void assertRefused(OneLoginSamlProvider provider, String response, String requestId, String why) {
        SignInRefusedException e = assertThrows(SignInRefusedException.class, () -> provider.verify(response, requestId), why);
        assertEquals(401, e.status(), why);
        assertEquals("SAMLResponse", e.field(), why);
        assertTrue(e.getMessage().startsWith("the SAML response is not valid: "), why + ": " + e.getMessage());
    }

    @Test
    void somethingElseThanAResponseIsA400() throws Exception {
        OneLoginSamlProvider provider = provider();
        for (String bad : new String[] {"not base64!", base64("not xml"), base64("<a/>"),
                base64("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\">&e;</samlp:Response>")}) {
            SignInRefusedException e = assertThrows(SignInRefusedException.class, () -> provider.peek(bad), bad);
            assertEquals(400, e.status());
        }
    }

    @Test
    void theRequestGoesToTheIdpWithTheAcsAndRelayState() throws Exception {
        OneLoginSamlProvider provider = provider();
        SamlProvider.Request request = provider.request("/workflows");
        assertTrue(request.id().startsWith("MILLRACE_"), request.id());
        String location = request.location().toString();
        assertTrue(location.startsWith("https://idp.test/sso?SAMLRequest="), location);
        assertTrue(location.endsWith("&RelayState=%2Fworkflows"), location);
        String encoded = URLDecoder.decode(URI.create(location).getRawQuery().split("&")[0].substring("SAMLRequest=".length()),
                StandardCharsets.UTF_8);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(encoded)), new Inflater(true))) {
            in.transferTo(xml);
        }
        String authnRequest = xml.toString(StandardCharsets.UTF_8);
        assertTrue(authnRequest.contains("ID=\"" + request.id() + "\""), authnRequest);
        assertTrue(authnRequest.contains("AssertionConsumerServiceURL=\"" + ACS + "\""), authnRequest);
        assertTrue(authnRequest.contains(">" + AUDIENCE + "</saml:Issuer>"), authnRequest);
        assertFalse(authnRequest.contains("RequestedAuthnContext"), "any way of signing in the IdP chooses: " + authnRequest);
        String metadata = provider.metadata();
        assertTrue(metadata.contains("entityID=\"" + AUDIENCE + "\""), metadata);
        assertTrue(metadata.contains("Location=\"" + ACS + "\""), metadata);
    }
}
