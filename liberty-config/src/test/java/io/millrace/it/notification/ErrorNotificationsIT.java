package io.millrace.it.notification;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.ItSmtp;
import io.millrace.it.support.Receiver;
import io.millrace.it.support.Users;
import io.millrace.it.support.Wait;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Error notifications (seed: /workflows/building-workflows/errors): emails to the workspace's notification
 * addresses through a real SMTP server (GreenMail), at most one per error name per workflow per 24 hours, with a
 * link to the execution; test runs and workflows with {@code notify_on_errors: false} send none; the workspace's
 * notification webhook gets the same notice as JSON (a local HTTP receiver).
 *
 * <p>"None was sent" is checked behind a barrier: a later notice that must arrive (another error, another
 * workflow), sent after the one that must not; notices are handed on in order.
 */
class ErrorNotificationsIT {
    private static final String THROWS_TYPE_ERROR = "export default defineComponent({ async run({ steps }) {"
            + " if (steps.trigger.event.query.kind === 'range') { throw new RangeError('out of range') }"
            + " return steps.trigger.event.query.missing.field } })";

    @RegisterExtension
    static final ItSmtp smtp = new ItSmtp();

    private final Api api = Api.server();

    @Test
    void oncePerErrorPerWorkflowPerDayToEveryAddressAndTheWebhookWithALink() throws Exception {
        String ops = "ops-" + System.nanoTime() + "@example.com";
        String dev = "dev-" + System.nanoTime() + "@example.com";
        Users.TestUser owner = Users.create(api, "notify-owner", "owner-" + System.nanoTime() + "@example.com", null, false);
        try (Receiver receiver = new Receiver()) {
            Api.Reply set = owner.api().put("/v1/workspaces/" + owner.orgId(), Json.createObjectBuilder()
                    .add("notification_emails", Json.createArrayBuilder().add(ops).add(dev))
                    .add("notification_webhook_url", receiver.url()).build().toString());
            assertEquals(200, set.status(), set.body());
            JsonObject settings = owner.api().get("/v1/workspaces/" + owner.orgId()).json().getJsonObject("data");
            assertEquals(List.of(ops, dev), settings.getJsonArray("notification_emails").getValuesAs(
                    jakarta.json.JsonString::getString));
            assertEquals(receiver.url(), settings.getString("notification_webhook_url"));

            JsonObject wf = owner.api().createHttpWorkflow("notify-a", steps(step("explode", THROWS_TYPE_ERROR)));
            String first = fail(owner.api(), wf, "");
            MimeMessage mail = awaitMail(ops, "notify-a", "TypeError", 1).get(0);
            assertEquals("Millrace: workflow notify-a failed with TypeError", mail.getSubject());
            String text = (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
            assertTrue(text.contains(api.base() + "/v1/executions/" + first), text);
            assertTrue(text.contains("Step: explode"), text);
            awaitMail(dev, "notify-a", "TypeError", 1);
            JsonObject posted = receiver.await(1).get(0);
            assertEquals("workflow_error", posted.getString("type"));
            assertEquals(wf.getString("id"), posted.getString("workflow_id"));
            assertEquals(first, posted.getString("execution_id"));
            assertEquals(api.base() + "/v1/executions/" + first, posted.getString("execution_url"));
            assertEquals("TypeError", posted.getJsonObject("error").getString("name"));
            assertEquals("explode", posted.getJsonObject("error").getString("step"));

            // the same error again: no second notice; another error of the same workflow: one at once
            fail(owner.api(), wf, "");
            String range = fail(owner.api(), wf, "?kind=range");
            assertTrue(awaitMail(ops, "notify-a", "RangeError", 1).get(0).getContent().toString().length() > 0);
            List<JsonObject> hooks = receiver.await(2);
            assertEquals(range, hooks.get(1).getString("execution_id"));
            assertEquals(1, mails(ops, "notify-a", "TypeError").size());

            // the same error in another workflow is notified
            JsonObject other = owner.api().createHttpWorkflow("notify-b", steps(step("explode", THROWS_TYPE_ERROR)));
            fail(owner.api(), other, "");
            awaitMail(ops, "notify-b", "TypeError", 1);
            assertEquals(3, receiver.await(3).size());
            assertEquals(1, mails(ops, "notify-a", "TypeError").size());
            assertEquals(3, receiver.received().size());
        }
    }

    @Test
    void testRunsAndSilencedWorkflowsSendNothingAndDoNotUseUpTheDailyNotice() throws Exception {
        String ops = "quiet-" + System.nanoTime() + "@example.com";
        Users.TestUser owner = Users.create(api, "notify-quiet", null, null, false);
        assertEquals(200, owner.api().put("/v1/workspaces/" + owner.orgId(),
                "{\"notification_emails\":[\"" + ops + "\"]}").status());

        // a test run ("build from event") of a failed execution fails too, silently
        JsonObject wf = owner.api().createHttpWorkflow("notify-test", steps(step("explode", THROWS_TYPE_ERROR)),
                "{\"notify_on_errors\":false}");
        String original = fail(owner.api(), wf, "");
        Api.Reply put = owner.api().put("/v1/workflows/" + wf.getString("id"), "{\"settings\":{\"notify_on_errors\":null}}");
        assertEquals(200, put.status(), put.body());
        Api.Reply tested = owner.api().post("/v1/executions/" + original + "/test", "");
        assertEquals(200, tested.status(), tested.body());
        String test = tested.json().getJsonObject("data").getString("id");
        Wait.until("the test run to fail", 60, () -> owner.api().get("/v1/executions/" + test).json()
                .getJsonObject("data").getString("status"), "error"::equals);

        // the first live failure after them is the one notified
        String live = fail(owner.api(), wf, "");
        MimeMessage mail = awaitMail(ops, "notify-test", "TypeError", 1).get(0);
        String text = (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        assertTrue(text.contains("/v1/executions/" + live), text);
        assertFalse(text.contains(original) || text.contains(test), text);
        assertEquals(1, mails(ops, "notify-test", "TypeError").size());
    }

    @Test
    void notificationSettingsAreCheckedAndForAdminsOnly() {
        Users.TestUser owner = Users.create(api, "notify-settings", null, null, true);
        String path = "/v1/workspaces/" + owner.orgId();
        Api.Reply badEmail = owner.api().put(path, "{\"notification_emails\":[\"ops@example.com\",\"not an address\"]}");
        assertEquals(400, badEmail.status(), badEmail.body());
        assertEquals("notification_emails[1]", badEmail.error().getString("field"));
        Api.Reply badUrl = owner.api().put(path, "{\"notification_webhook_url\":\"ftp://example.com/x\"}");
        assertEquals(400, badUrl.status(), badUrl.body());
        assertEquals("notification_webhook_url", badUrl.error().getString("field"));
        Api.Reply notList = owner.api().put(path, "{\"notification_emails\":\"ops@example.com\"}");
        assertEquals(400, notList.status(), notList.body());
        assertEquals("notification_emails", notList.error().getString("field"));

        assertEquals(200, owner.api().put(path, "{\"notification_webhook_url\":\"https://hooks.example.com/x\"}").status());
        assertEquals(200, owner.api().put(path, "{\"notification_webhook_url\":null}").status());
        assertTrue(owner.api().get(path).json().getJsonObject("data").isNull("notification_webhook_url"));

        Users.TestUser member = Users.create(api, "notify-member", null, owner.orgId(), false, "member");
        assertEquals(403, member.api().put(path, "{\"notification_emails\":[\"x@example.com\"]}").status());
        assertFalse(member.api().get(path).json().getJsonObject("data").containsKey("notification_emails"));

        JsonObject audit = owner.api().get("/v1/workspaces/" + owner.orgId() + "/audit_log")
                .json();
        assertTrue(audit.toString().contains("notification_webhook_url"), audit.toString());
    }

    /** Triggers the workflow with {@code query} and waits until that execution failed; returns its id. */
    private static String fail(Api api, JsonObject wf, String query) {
        List<String> before = ids(api, wf);
        Api.Reply r = api.raw(api.request(Api.endpoint(wf) + query).GET());
        assertTrue(r.status() < 300, r.body());
        JsonObject ex = api.awaitExecution(wf.getString("id"), e -> !before.contains(e.getString("id"))
                && e.getString("status").equals("error"));
        return ex.getString("id");
    }

    private static List<String> ids(Api api, JsonObject wf) {
        List<String> ids = new ArrayList<>();
        api.get("/v1/workflows/" + wf.getString("id") + "/executions?limit=100").json().getJsonArray("data")
                .forEach(v -> ids.add(v.asJsonObject().getString("id")));
        return ids;
    }

    private static List<MimeMessage> awaitMail(String to, String workflow, String error, int n) {
        return Wait.until(n + " notice(s) of " + error + " in " + workflow + " to " + to, 60,
                () -> mails(to, workflow, error), m -> m.size() >= n);
    }

    private static List<MimeMessage> mails(String to, String workflow, String error) {
        List<MimeMessage> found = new ArrayList<>();
        try {
            for (MimeMessage m : smtp.received()) {
                Address[] rcpt = m.getRecipients(Message.RecipientType.TO);
                if (rcpt != null && Arrays.stream(rcpt).anyMatch(a -> a.toString().equals(to))
                        && m.getSubject().equals("Millrace: workflow " + workflow + " failed with " + error)) {
                    found.add(m);
                }
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
        return found;
    }
}
