package io.millrace.it.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.ItSmtp;
import io.millrace.it.support.Users;
import io.millrace.it.support.Wait;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Outgoing mail through the server's mail session to a real SMTP server (GreenMail) that this test
 * starts on the port the build reserved for it (the server's MILLRACE_SMTP_PORT), with the login the
 * server is configured with (MILLRACE_SMTP_AUTH=true).
 */
class MailIT {
    @RegisterExtension
    static final ItSmtp smtp = new ItSmtp();

    private final Api api = Api.server();

    @Test
    void theTestMessageReachesTheCallersAddressWithTextAndHtml() throws Exception {
        String address = "ops-" + System.nanoTime() + "@example.com";
        Users.TestUser admin = Users.create(api, "mail-admin", address, null, true);
        Api.Reply sent = admin.api().post("/v1/admin/mail/test", "");
        assertEquals(200, sent.status(), sent.body());
        assertEquals(address, sent.json().getJsonObject("data").getString("to"));

        MimeMessage message = awaitMessageTo(address);
        assertEquals("Millrace test message", message.getSubject());
        assertEquals(List.of("millrace-it@localhost"), Arrays.stream(message.getFrom()).map(Address::toString).toList());
        assertEquals(List.of(address), Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                .map(Address::toString).toList());
        assertTrue(message.getContentType().startsWith("multipart/alternative"), message.getContentType());
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertEquals(2, parts.getCount());
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertTrue(text.isMimeType("text/plain"), text.getContentType());
        assertTrue(((String) text.getContent()).contains("$.send.email"));
        assertTrue(html.isMimeType("text/html"), "HTML last, so clients prefer it: " + html.getContentType());
        assertTrue(((String) html.getContent()).contains("<b>Millrace</b>"));
    }

    @Test
    void withoutAnAddressItIs400AndForNonAdminsItIs403() {
        Users.TestUser noAddress = Users.create(api, "mail-noaddr", null, null, true);
        Api.Reply reply = noAddress.api().post("/v1/admin/mail/test", "");
        assertEquals(400, reply.status(), reply.body());
        assertEquals("email", reply.error().getString("field"));

        Users.TestUser user = Users.create(api, "mail-user", "user-" + System.nanoTime() + "@example.com", null, false);
        assertEquals(403, user.api().post("/v1/admin/mail/test", "").status());
    }

    @Test
    void anUnreachableMailServerIs502AndMailFlowsAgainWhenItIsBack() throws Exception {
        String address = "later-" + System.nanoTime() + "@example.com";
        Users.TestUser admin = Users.create(api, "mail-down", address, null, true);
        smtp.stop();
        try {
            Api.Reply down = admin.api().post("/v1/admin/mail/test", "");
            assertEquals(502, down.status(), down.body());
            assertEquals(502, down.error().getInt("status"));
        } finally {
            smtp.start();
        }
        assertEquals(200, admin.api().post("/v1/admin/mail/test", "").status());
        assertEquals("Millrace test message", awaitMessageTo(address).getSubject());
    }

    @Test
    void sendEmailInAStepAndTheRegistryActionReachTheWorkspaceOwnerWhenTheExecutionEnds() throws Exception {
        String address = "owner-" + System.nanoTime() + "@example.com";
        Users.TestUser owner = Users.create(api, "mail-owner", address, null, false);
        String code = "export default defineComponent({ async run({ steps, $ }) {"
                + " $.send.email({ subject: 'Order ' + steps.trigger.event.query.id, text: 'plain', html: '<i>rich</i>' }) } })";
        JsonObject wf = owner.api().createHttpWorkflow("mail-steps-" + System.nanoTime(), "["
                + "{\"name\":\"notify\",\"code\":" + jakarta.json.Json.createValue(code) + "},"
                + "{\"name\":\"by_action\",\"component\":\"send-email\",\"props\":{\"subject\":\"From the action\","
                + "\"text\":\"hello\"}}]");
        owner.api().raw(owner.api().request(Api.endpoint(wf) + "?id=77").GET());
        assertEquals("success", owner.api().awaitFinished(wf.getString("id")).getString("status"));
        MimeMessage first = awaitMessageTo(address, "Order 77");
        MimeMultipart parts = (MimeMultipart) first.getContent();
        assertEquals("plain", ((String) parts.getBodyPart(0).getContent()).trim());
        assertEquals("<i>rich</i>", ((String) parts.getBodyPart(1).getContent()).trim());
        assertEquals("hello", ((String) awaitMessageTo(address, "From the action").getContent()).trim());
    }

    private static MimeMessage awaitMessageTo(String address) throws Exception {
        return awaitMessageTo(address, null);
    }

    private static MimeMessage awaitMessageTo(String address, String subject) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage m : smtp.received()) {
                Address[] to = m.getRecipients(Message.RecipientType.TO);
                if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address))
                        && (subject == null || subject.equals(m.getSubject()))) {
                    return m;
                }
            }
            Wait.pause();
        }
        throw new AssertionError("no message to " + address + " within 30 s");
    }
}
