package io.millrace.it.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Browser;
import io.millrace.it.support.Keycloak;
import io.millrace.it.support.LocalUsers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SAML 2.0 sign-in against a real Keycloak as the IdP (the SAML client {@value #SP} of
 * signin/millrace-realm.json; NameID = email, groups in the {@code groups} attribute, documents signed):
 * Millrace reads the IdP's metadata from its descriptor URL, redirects with an AuthnRequest, the test submits
 * Keycloak's login form and then Keycloak's auto-posting form to the ACS, as a browser would.
 */
@ExtendWith(SsoServer.class)
class SamlSignInIT {
    static final String SP = "millrace-saml";
    private static Keycloak keycloak;
    private static Api admin;
    private static Api opsOwner;
    private static String opsOrg;

    @BeforeAll
    static void start() {
        SsoServer.Started started = SsoServer.get();
        keycloak = started.keycloak();
        admin = started.admin();
        opsOwner = started.opsOwner();
        opsOrg = started.opsOrgId();
    }

    /** Through Keycloak's login form to its page that posts the response to the ACS: that form's action and fields. */
    private static Map.Entry<URI, Map<String, String>> responseFor(Browser browser, String username, String returnTo) {
        HttpResponse<String> form = browser.visit(admin.base() + "/saml/login" + (returnTo == null ? "" : "?return_to=" + returnTo));
        assertEquals(200, form.statusCode(), form.uri() + " " + form.body());
        assertTrue(form.uri().toString().startsWith(keycloak.issuer()), form.uri().toString());
        HttpResponse<String> post = browser.submitLoginForm(form, username, username + "-secret");
        Map.Entry<URI, Map<String, String>> response = Browser.postForm(post);
        assertEquals(URI.create(admin.base() + "/saml/acs"), response.getKey());
        assertTrue(response.getValue().containsKey("SAMLResponse"), response.getValue().keySet().toString());
        return response;
    }

    private static HttpResponse<String> post(Browser browser, Map.Entry<URI, Map<String, String>> response) {
        return browser.postFormOnce(response.getKey(), response.getValue());
    }

    private static String signIn(Browser browser, String username) {
        HttpResponse<String> acs = post(browser, responseFor(browser, username, null));
        assertEquals(303, acs.statusCode(), acs.body());
        Api.Reply session = browser.resumeSession();
        assertEquals(200, session.status(), session.body());
        return session.json().getJsonObject("data").getJsonObject("user").getString("id");
    }

    @Test
    void aPersonSignsInThroughKeycloakAndIsCreatedJustInTimeWithTheMappedRoles() {
        Browser browser = new Browser(admin);
        HttpResponse<String> login = browser.visitOnce(admin.base() + "/saml/login?return_to=/workflows");
        assertEquals(303, login.statusCode(), login.body());
        String location = login.headers().firstValue("location").orElseThrow();
        assertTrue(location.startsWith(keycloak.issuer() + "/protocol/saml?SAMLRequest="), location);
        assertTrue(location.contains("RelayState=%2Fworkflows"), location);

        Browser hank = new Browser(admin);
        HttpResponse<String> acs = post(hank, responseFor(hank, "hank", "/workflows"));
        assertEquals(303, acs.statusCode(), acs.body());
        assertEquals("/workflows", acs.headers().firstValue("location").orElseThrow().replace(admin.base(), ""),
                "back to the RelayState's local path");
        assertTrue(acs.headers().allValues("set-cookie").stream().anyMatch(c -> c.startsWith("millrace_session=")
                && c.contains("HttpOnly")), acs.headers().allValues("set-cookie").toString());
        Api.Reply session = hank.resumeSession();
        assertEquals(200, session.status(), session.body());
        JsonObject user = session.json().getJsonObject("data").getJsonObject("user");
        assertEquals("hank", user.getString("username"), "the NameID's local part");
        assertEquals("hank@example.com", user.getString("email"));
        String hankId = user.getString("id");
        SignInServers.assertSessionWorks(hank, hankId, Map.of("default", "member", SignInServers.OPS, "admin"));
        assertEquals("admin", SignInServers.members(opsOwner, opsOrg).get("hank"));

        List<JsonObject> provisioned = SignInServers.audit(admin, "user.provisioned").stream()
                .filter(e -> e.getJsonObject("target").getString("id").equals(hankId)).toList();
        assertEquals(1, provisioned.size(), provisioned.toString());
        assertEquals("saml", provisioned.get(0).getJsonObject("details").getString("method"));
        assertTrue(provisioned.get(0).getJsonObject("details").getString("provider").startsWith("saml:" + keycloak.issuer()));
        for (String org : List.of(SignInServers.defaultOrg(admin), opsOrg)) {
            Api reader = org.equals(opsOrg) ? opsOwner : admin;
            assertTrue(SignInServers.audit(reader, org, "user.signed_in").stream().anyMatch(e ->
                    e.getJsonObject("actor").getString("id").equals(hankId)
                            && e.getJsonObject("details").getString("method").equals("saml")),
                    "the sign-in is in the audit log of every workspace of the user: " + org);
        }

        Browser again = new Browser(admin);
        assertEquals(hankId, signIn(again, "hank"), "the same user at the next sign-in");
        assertEquals(1, SignInServers.audit(admin, "user.provisioned").stream()
                .filter(e -> e.getJsonObject("target").getString("id").equals(hankId)).count(), "not created twice");
    }

    @Test
    void aTamperedOrUnsignedResponseIsRefusedAndAudited() {
        String ginaId = signIn(new Browser(admin), "gina");
        Browser browser = new Browser(admin);
        Map.Entry<URI, Map<String, String>> response = responseFor(browser, "gina", null);
        String xml = new String(Base64.getMimeDecoder().decode(response.getValue().get("SAMLResponse")), StandardCharsets.UTF_8);
        assertTrue(xml.contains(">engineers<"), xml);
        String escalated = xml.replace(">engineers<", ">operators<");
        HttpResponse<String> refused = post(browser, withResponse(response, escalated));
        assertError(refused, 401);
        assertTrue(refused.body().contains("not valid"), refused.body());
        assertTrue(SignInServers.audit(admin, "user.sign_in_failed").stream().anyMatch(e ->
                e.getJsonObject("actor").getString("id").equals(ginaId)
                        && e.getJsonObject("details").getString("method").equals("saml")), "audited as a failed sign-in");
        assertEquals("member", SignInServers.members(admin, SignInServers.defaultOrg(admin)).get("gina"));
        assertFalse(SignInServers.members(opsOwner, opsOrg).containsKey("gina"), "the tampered groups gave nothing");

        Browser other = new Browser(admin);
        Map.Entry<URI, Map<String, String>> second = responseFor(other, "gina", null);
        String signed = new String(Base64.getMimeDecoder().decode(second.getValue().get("SAMLResponse")), StandardCharsets.UTF_8);
        String unsigned = signed.replaceAll("(?s)<(\\w+:)?Signature[ >].*?</(\\w+:)?Signature>", "");
        assertFalse(unsigned.contains("SignatureValue"), unsigned);
        assertError(post(other, withResponse(second, unsigned)), 401);

        assertError(new Browser(admin).postFormOnce(URI.create(admin.base() + "/saml/acs"), Map.of("SAMLResponse", "bm90IHhtbA==")), 400);
        assertError(new Browser(admin).postFormOnce(URI.create(admin.base() + "/saml/acs"), Map.of("RelayState", "/")), 400);
    }

    @Test
    void aResponseIsAcceptedOnceAndAReplayIsRefused() {
        Browser browser = new Browser(admin);
        Map.Entry<URI, Map<String, String>> response = responseFor(browser, "jules", null);
        assertEquals(303, post(browser, response).statusCode());
        long signedIn = SignInServers.audit(admin, "user.signed_in").size();
        Browser attacker = new Browser(admin);
        HttpResponse<String> replayed = post(attacker, response);
        assertError(replayed, 401);
        assertTrue(replayed.body().contains("already answered"), replayed.body());
        assertEquals(signedIn, SignInServers.audit(admin, "user.signed_in").size(), "no new session");
    }

    @Test
    void ssoOnlyWorkspacesLetSamlInAndKeepPasswordsOut() {
        String path = "/v1/workspaces/" + opsOrg;
        LocalUsers.LocalUser member = LocalUsers.create(admin, "saml-pw", opsOrg, "member");
        assertEquals(200, opsOwner.put(path, "{\"login_methods\":\"sso_only\"}").status());
        try {
            assertEquals(403, new Browser(admin).login(member.username(), member.password()).status());
            Browser hank = new Browser(admin);
            String hankId = signIn(hank, "hank");
            assertEquals(200, hank.get("/v1/users/me").status());
            assertTrue(SignInServers.audit(opsOwner, opsOrg, "user.signed_in").stream().anyMatch(e ->
                    e.getJsonObject("actor").getString("id").equals(hankId)));
        } finally {
            assertEquals(200, opsOwner.put(path, "{\"login_methods\":\"any\"}").status());
        }
    }

    @Test
    void someoneInNoMappedGroupIsRefused() {
        Browser browser = new Browser(admin);
        assertError(post(browser, responseFor(browser, "ivy", null)), 403);
    }

    @Test
    void theLoginMethodsAndTheSpMetadataNameSaml() {
        Api.Reply methods = admin.raw(admin.request("/login/methods").GET());
        assertEquals(200, methods.status(), methods.body());
        assertTrue(methods.json().getJsonObject("data").getJsonArray("methods").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getString("method").equals("saml") && m.getString("login_url").equals("/saml/login")),
                methods.body());
        assertTrue(methods.body().contains("\"oidc\"") && methods.body().contains("\"ldap\""),
                "every configured method is listed, SAML beside OIDC and LDAP: " + methods.body());
        Api.Reply metadata = admin.raw(admin.request("/saml/metadata").GET());
        assertEquals(200, metadata.status(), metadata.body());
        assertTrue(metadata.body().contains("entityID=\"" + SP + "\""), metadata.body());
        assertTrue(metadata.body().contains("Location=\"" + admin.base() + "/saml/acs\""), metadata.body());
    }

    private static Map.Entry<URI, Map<String, String>> withResponse(Map.Entry<URI, Map<String, String>> form, String xml) {
        Map<String, String> fields = new LinkedHashMap<>(form.getValue());
        fields.put("SAMLResponse", Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8)));
        return Map.entry(form.getKey(), fields);
    }

    private static void assertError(HttpResponse<String> answer, int status) {
        assertEquals(status, answer.statusCode(), answer.uri() + " " + answer.body());
        assertTrue(answer.headers().firstValue("content-type").orElse("").startsWith("application/json"), answer.body());
        JsonObject error = Json.createReader(new StringReader(answer.body())).readObject().getJsonObject("error");
        assertEquals(status, error.getInt("status"));
        assertFalse(answer.body().contains("Exception"), answer.body());
        assertFalse(answer.headers().allValues("set-cookie").stream().anyMatch(c -> c.startsWith("millrace_session=")
                && !c.startsWith("millrace_session=;")), "no session");
    }
}
