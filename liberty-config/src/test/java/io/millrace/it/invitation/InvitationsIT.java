package io.millrace.it.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.ItSmtp;
import io.millrace.it.support.Browser;
import io.millrace.it.support.LocalUsers;
import io.millrace.it.support.LocalUsers.LocalUser;
import io.millrace.it.support.Wait;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Email invitations (the message reaches a real SMTP server, GreenMail, on the port the server is
 * configured with, and its link works once), invite links limited to email domains, revocation and
 * expiry, through the real server over HTTP.
 */
class InvitationsIT {
    private static final Pattern LINK = Pattern.compile("(http\\S+/invitations/(mri_[A-Za-z0-9]+))");
    private static final String GONE = "invitation not found: it may have expired, been revoked or been used already";
    @RegisterExtension
    static final ItSmtp smtp = new ItSmtp();

    private final Api admin = Api.server();

    @Test
    void theMailedLinkMakesANewPersonAMemberOnceAndSignsItIn() throws Exception {
        LocalUser owner = LocalUsers.create(admin, "inviter");
        String address = "new-" + System.nanoTime() + "@example.com";
        Api.Reply sent = owner.api().post(invitations(owner), "{\"email\":\"" + address + "\",\"role\":\"admin\"}");
        assertEquals(200, sent.status(), sent.body());
        JsonObject invitation = sent.json().getJsonObject("data");
        assertTrue(invitation.getString("id").startsWith("inv_"));
        assertEquals(address, invitation.getString("email"));
        assertEquals("admin", invitation.getString("role"));
        assertFalse(invitation.containsKey("token"), "the token is only in the mail");
        long days = (invitation.getJsonNumber("expires_at").longValue() - invitation.getJsonNumber("created_at").longValue())
                / 86_400;
        assertEquals(7, days, "valid for MILLRACE_INVITATION_DAYS, 7 by default");

        JsonArray pending = owner.api().get(invitations(owner)).json().getJsonArray("data");
        assertTrue(pending.stream().anyMatch(p -> p.asJsonObject().getString("id").equals(invitation.getString("id"))));
        assertFalse(pending.toString().contains("mri_"), "no tokens in the list");

        String[] link = linkMailedTo(address);
        assertTrue(link[0].startsWith(admin.base() + "/invitations/mri_"), link[0]);
        assertTrue(link[1].length() >= 4 + 22, "at least 128 bits");

        Api.Reply shown = anonymous(link[1], "GET", null);
        assertEquals(200, shown.status(), shown.body());
        JsonObject what = shown.json().getJsonObject("data");
        assertEquals(owner.orgId(), what.getJsonObject("workspace").getString("id"));
        assertEquals("admin", what.getString("role"));
        assertEquals("email", what.getString("kind"));

        String username = "invited-" + Long.toString(System.nanoTime(), 36);
        Api.Reply accepted = anonymous(link[1], "POST", "{\"username\":\"" + username + "\",\"password\":\""
                + LocalUsers.PASSWORD + "\"}");
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("admin", accepted.json().getJsonObject("data").getString("role"));
        assertEquals(address, accepted.json().getJsonObject("data").getJsonObject("user").getString("email"));
        Browser browser = new Browser(admin);
        browser.keep(accepted);
        Api.Reply asMember = browser.get("/v1/workspaces/" + owner.orgId());
        assertEquals(200, asMember.status(), asMember.body());
        assertEquals("admin", asMember.json().getJsonObject("data").getString("role"));
        assertEquals(200, new Browser(admin).login(username, LocalUsers.PASSWORD).status(), "a real local account");

        Api.Reply again = anonymous(link[1], "POST", "{\"username\":\"" + username + "-2\",\"password\":\""
                + LocalUsers.PASSWORD + "\"}");
        assertGone(again);
        assertGone(anonymous(link[1], "GET", null));
        assertGone(anonymous("mri_" + "x".repeat(40), "GET", null));
        assertFalse(owner.api().get(invitations(owner)).body().contains(invitation.getString("id")), "used: not pending");

        JsonArray log = owner.api().get("/v1/workspaces/" + owner.orgId() + "/audit_log?limit=100").json().getJsonArray("data");
        for (String action : new String[] {"invitation.sent", "invitation.accepted", "member.added"}) {
            assertTrue(log.stream().anyMatch(e -> e.asJsonObject().getString("action").equals(action)), action + " in " + log);
        }
    }

    @Test
    void aSignedInUserJoinsOnlyWithTheInvitedAddress() throws Exception {
        LocalUser owner = LocalUsers.create(admin, "inviter-email");
        String address = "known-" + System.nanoTime() + "@example.com";
        assertEquals(200, owner.api().post(invitations(owner), "{\"email\":\"" + address + "\"}").status());
        String token = linkMailedTo(address)[1];

        JsonObject other = userWithEmail("other-" + System.nanoTime() + "@example.com");
        Api.Reply wrong = withBearer(token, other.getString("api_key"));
        assertEquals(403, wrong.status(), wrong.body());
        assertTrue(wrong.error().getString("message").contains("another email address"), wrong.body());

        JsonObject invited = userWithEmail(address.toUpperCase());
        Api.Reply joined = withBearer(token, invited.getString("api_key"));
        assertEquals(200, joined.status(), joined.body());
        assertEquals("member", joined.json().getJsonObject("data").getString("role"));
        Api.Reply seen = admin.as(invited.getString("api_key")).get("/v1/workspaces/" + owner.orgId());
        assertEquals(200, seen.status(), seen.body());
        assertEquals("member", seen.json().getJsonObject("data").getString("role"));
        assertGone(withBearer(token, invited.getString("api_key")));
    }

    @Test
    void aRevokedOrExpiredInvitationIs404() throws Exception {
        LocalUser owner = LocalUsers.create(admin, "inviter-revoke");
        String revokedAddress = "revoked-" + System.nanoTime() + "@example.com";
        String id = owner.api().post(invitations(owner), "{\"email\":\"" + revokedAddress + "\"}").json()
                .getJsonObject("data").getString("id");
        String token = linkMailedTo(revokedAddress)[1];
        assertEquals(204, owner.api().delete(invitations(owner) + "/" + id).status());
        assertGone(anonymous(token, "GET", null));
        assertGone(anonymous(token, "POST", "{\"username\":\"u" + System.nanoTime() + "\",\"password\":\""
                + LocalUsers.PASSWORD + "\"}"));
        assertEquals(404, owner.api().delete(invitations(owner) + "/" + id).status(), "revoked already");

        String expiringAddress = "expiring-" + System.nanoTime() + "@example.com";
        Api.Reply shortLived = owner.api().post(invitations(owner),
                "{\"email\":\"" + expiringAddress + "\",\"expires_in_seconds\":1}");
        assertEquals(200, shortLived.status(), shortLived.body());
        String expiring = linkMailedTo(expiringAddress)[1];
        Wait.until("expiry", 10, () -> anonymous(expiring, "GET", null).status(), s -> s == 404);
        assertGone(anonymous(expiring, "GET", null));
        assertFalse(owner.api().get(invitations(owner)).body().contains(expiringAddress), "expired: not pending");
    }

    @Test
    void anInviteLinkLetsPeopleOfItsDomainsJoinAgainAndAgain() {
        LocalUser owner = LocalUsers.create(admin, "inviter-link");
        String domain = "partner" + System.nanoTime() + ".example";
        Api.Reply made = owner.api().post(links(owner), "{\"allowed_domains\":[\"" + domain.toUpperCase() + "\"]}");
        assertEquals(200, made.status(), made.body());
        JsonObject link = made.json().getJsonObject("data");
        String token = link.getString("token");
        assertEquals(admin.base() + "/invitations/" + token, link.getString("url"));
        assertEquals(domain, link.getJsonArray("allowed_domains").getString(0));
        assertFalse(owner.api().get(links(owner)).body().contains(token), "shown once");

        Api.Reply outsider = anonymous(token, "POST", newPerson("outsider", "eve@elsewhere.example"));
        assertEquals(403, outsider.status(), outsider.body());
        assertTrue(outsider.error().getString("message").contains(domain), outsider.body());
        Api.Reply noEmail = anonymous(token, "POST", Json.createObjectBuilder().add("username", "x" + System.nanoTime())
                .add("password", LocalUsers.PASSWORD).build().toString());
        assertEquals(400, noEmail.status(), noEmail.body());
        assertEquals("email", noEmail.error().getString("field"));

        for (String who : new String[] {"ann", "bob"}) {
            Api.Reply joined = anonymous(token, "POST", newPerson(who, who + "@" + domain));
            assertEquals(200, joined.status(), joined.body());
            assertEquals("member", joined.json().getJsonObject("data").getString("role"));
        }
        assertEquals(3, owner.api().get("/v1/workspaces/" + owner.orgId() + "/members").json().getJsonArray("data").size());

        LocalUser signedIn = LocalUsers.create(admin, "no-domain");
        Browser browser = new Browser(admin);
        assertEquals(200, browser.login(signedIn.username(), signedIn.password()).status());
        Api.Reply refused = browser.send(browser.withCsrf("/invitations/" + token + "/accept")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, refused.status(), refused.body() + ": a user without an address of the domain");

        assertEquals(204, owner.api().delete(links(owner) + "/" + link.getString("id")).status());
        assertGone(anonymous(token, "POST", newPerson("late", "late@" + domain)));
    }

    @Test
    void onlyAdminsInviteAndBadInputNamesTheField() {
        LocalUser owner = LocalUsers.create(admin, "inviter-rules");
        LocalUser member = LocalUsers.create(admin, "plain-member", owner.orgId(), "member");
        Api.Reply forbidden = member.api().post(invitations(owner), "{\"email\":\"a@example.com\"}");
        assertEquals(403, forbidden.status(), forbidden.body());
        assertEquals(403, member.api().post(links(owner), "{\"allowed_domains\":[\"example.com\"]}").status());
        assertEquals(403, member.api().get(invitations(owner)).status());

        assertField(owner.api().post(invitations(owner), "{\"email\":\"a@example.com\",\"role\":\"owner\"}"), "role");
        assertField(owner.api().post(invitations(owner), "{\"email\":\"not an address\"}"), "email");
        assertField(owner.api().post(invitations(owner), "{}"), "email");
        assertField(owner.api().post(invitations(owner), "{\"email\":\"a@example.com\",\"expires_in_seconds\":0}"),
                "expires_in_seconds");
        assertField(owner.api().post(invitations(owner), "{\"email\":\"a@example.com\",\"colour\":1}"), "colour");
        assertField(owner.api().post(links(owner), "{\"allowed_domains\":[\"*.example.com\"]}"), "allowed_domains");
        assertField(owner.api().post(links(owner), "{\"allowed_domains\":[]}"), "allowed_domains");
        assertEquals(404, owner.api().delete(invitations(owner) + "/inv_nothere").status());
    }

    private static void assertField(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals(field, reply.error().getString("field"), reply.body());
    }

    private static void assertGone(Api.Reply reply) {
        assertEquals(404, reply.status(), reply.body());
        assertEquals(GONE, reply.error().getString("message"));
    }

    private static String invitations(LocalUser owner) {
        return "/v1/workspaces/" + owner.orgId() + "/invitations";
    }

    private static String links(LocalUser owner) {
        return "/v1/workspaces/" + owner.orgId() + "/invite_links";
    }

    private static String newPerson(String name, String email) {
        return Json.createObjectBuilder().add("username", name + "-" + Long.toString(System.nanoTime(), 36))
                .add("password", LocalUsers.PASSWORD).add("email", email).build().toString();
    }

    private JsonObject userWithEmail(String email) {
        Api.Reply r = admin.post("/v1/admin/users", Json.createObjectBuilder()
                .add("username", "u-" + Long.toString(System.nanoTime(), 36)).add("email", email).build().toString());
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private Api.Reply anonymous(String token, String method, String json) {
        HttpRequest.Builder request = admin.request("/invitations/" + token + (method.equals("POST") ? "/accept" : ""));
        return admin.raw(json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Api.Reply withBearer(String token, String apiKey) {
        return admin.raw(admin.request("/invitations/" + token + "/accept").header("Authorization", "Bearer " + apiKey)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The link of the invitation mailed to {@code address} and its token. */
    private static String[] linkMailedTo(String address) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage m : smtp.received()) {
                Address[] to = m.getRecipients(Message.RecipientType.TO);
                if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                    assertTrue(m.getSubject().startsWith("You are invited to the Millrace workspace"), m.getSubject());
                    Matcher found = LINK.matcher((String) m.getContent());
                    assertTrue(found.find(), "a link in " + m.getContent());
                    assertNotNull(found.group(2));
                    return new String[] {found.group(1), found.group(2)};
                }
            }
            Wait.pause();
        }
        throw new AssertionError("no invitation mailed to " + address + " within 30 s");
    }
}
