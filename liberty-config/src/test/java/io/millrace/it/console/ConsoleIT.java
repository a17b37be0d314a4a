package io.millrace.it.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.millrace.it.support.Api;
import io.millrace.it.support.LocalUsers;
import io.millrace.it.support.LocalUsers.LocalUser;
import io.millrace.it.support.TotpCodes;
import io.millrace.it.support.Wait;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The web console in Chromium against the real server: sign-in, the builder with a syntax error at its line,
 * deploy, an HTTP event whose execution appears live, a step's logs and exports, a failing step fixed and replayed
 * from that step, the history's bulk delete, a phone viewport; no console errors, and the CSP header.
 */
class ConsoleIT extends ConsoleJourneys {
    private static final Api ADMIN = Api.server();
    private static Page signedIn(LocalUser user, int width, int height) {
        return signedIn(browser.page(ADMIN.base(), width, height), user);
    }

    private static Page signedIn(Page page, LocalUser user) {
        page.navigate("/workflows");
        assertThat(page).hasURL(Pattern.compile("/sign-in\\?next=%2Fworkflows$"));
        page.getByLabel("Username").fill(user.username());
        page.getByLabel("Password").fill(user.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile("/workflows$"));
        return page;
    }

    @Test
    void theConsoleIsServedAtTheRootWithAStrictPolicyAndLeavesTheApiAlone() {
        Api.Reply root = ADMIN.raw(ADMIN.request("/").header("Accept", "text/html").GET());
        assertEquals(200, root.status(), root.body());
        assertTrue(root.header("Content-Type").startsWith("text/html"), root.header("Content-Type"));
        String policy = root.header("Content-Security-Policy");
        assertNotNull(policy, "the console's answer has a Content-Security-Policy");
        assertTrue(policy.matches(".*script-src 'self' 'sha256-[A-Za-z0-9+/=]+';.*"), policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertEquals("no-cache", root.header("Cache-Control"));
        String nonce = "content=\"[A-Za-z0-9+/=]+\"";
        assertEquals(root.body().replaceAll(nonce, ""), ADMIN.raw(ADMIN.request("/history").GET()).body().replaceAll(nonce, ""),
                "console paths get the same page");
        assertTrue(policy.contains("style-src 'self' 'nonce-"), policy);
        assertTrue(root.body().contains(policy.replaceAll(".*'nonce-([^']+)'.*", "content=\"$1\"")),
                "the page names the nonce of its own policy");

        Api.Reply module = ADMIN.raw(ADMIN.request("/webjars/preact/10.26.4/dist/preact.module.js").GET());
        assertEquals(200, module.status());
        assertTrue(module.header("Content-Type").startsWith("text/javascript"), module.header("Content-Type"));
        assertTrue(module.header("Cache-Control").contains("immutable"), module.header("Cache-Control"));
        Api.Reply own = ADMIN.raw(ADMIN.request("/console/main.js").GET());
        assertEquals(200, own.status());
        assertEquals(304, ADMIN.raw(ADMIN.request("/console/main.js").header("If-None-Match", own.header("ETag")).GET()).status());

        assertEquals(404, ADMIN.raw(ADMIN.request("/console/../WEB-INF/web.xml").GET()).status());
        assertEquals(404, ADMIN.raw(ADMIN.request("/webjars/preact/10.26.4/package.json.class").GET()).status());
        Api.Reply api = ADMIN.get("/v1/no-such-thing");
        assertEquals(404, api.status());
        assertTrue(api.header("Content-Type").startsWith("application/json"), "the API still answers JSON");
        assertEquals(200, ADMIN.raw(ADMIN.request("/health").GET()).status());
        assertEquals(401, ADMIN.raw(ADMIN.request("/session").GET()).status(), "/session is still the API's");
    }

    @Test
    void signInShowsWrongPasswordsSurvivesAReloadAndSignsOut() {
        LocalUser user = LocalUsers.create(ADMIN, "console-signin");
        Page page = browser.page(ADMIN.base(), 1280, 800);
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile("/sign-in"));
        page.getByLabel("Username").fill(user.username());
        page.getByLabel("Password").fill("not the password at all");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("wrong username or password");
        ConsoleBrowser.screenshot(page, "sign-in-error");

        page.getByLabel("Password").fill(user.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile("/workflows$"));
        assertThat(page.getByText("No workflows yet")).isVisible();
        assertThat(page.getByLabel("Workspace")).isVisible();

        page.reload();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Workflows"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(Pattern.compile("/sign-in"));
        page.navigate("/history");
        assertThat(page).hasURL(Pattern.compile("/sign-in\\?next=%2Fhistory"));
        page.context().close();
    }

    @Test
    void twoFactorIsTurnedOnInTheConsoleAndThenAskedForAtSignIn() {
        LocalUser user = LocalUsers.create(ADMIN, "console-2fa");
        Page page = signedIn(user, 1280, 800);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Security")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on two-factor authentication")).click();
        String secret = page.locator("form[aria-label='Confirm two-factor authentication'] code").textContent().trim();
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(TotpCodes.at(secret, Instant.now()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
        assertThat(page.getByText("Recovery codes (shown only now")).isVisible();
        assertThat(page.getByText("On: signing in asks for a code")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

        // keyboard only: the fields and the button are reached with Tab, the form is sent with Enter
        page.getByLabel("Username").fill(user.username());
        page.keyboard().press("Tab");
        page.keyboard().insertText(user.password());
        page.keyboard().press("Enter");
        Locator code = page.getByLabel("Two-factor code");
        assertThat(code).isFocused();
        ConsoleBrowser.screenshot(page, "sign-in-two-factor");
        code.fill(TotpCodes.at(secret, Instant.now().plusSeconds(30)));
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("/workflows$")); // signed out by the user: no way back to the last page
        assertEquals(200, ADMIN.raw(ADMIN.request("/v1/users/me").header("Authorization", "Bearer " + user.data().getString("api_key")).GET()).status());
        page.context().close();
    }

    @Test
    void aSourceIsMadeFromItsPropsFormAndItsEventsArriveLive() throws Exception {
        LocalUser user = LocalUsers.create(ADMIN, "console-source");
        Page page = signedIn(user, 1280, 800);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sources")).click();
        assertThat(page.getByText("No sources yet")).isVisible();
        page.getByLabel("Find a component").fill("http");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("http-new-requests")).click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("inbox");
        page.locator("#prop-emitBodyOnly").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create source")).click();
        assertThat(page).hasURL(Pattern.compile("/event-sources/dc_[A-Za-z0-9]+$"));
        String endpoint = page.locator(".source-endpoint code").textContent();
        send(endpoint, "{\"order\": 42}");
        assertThat(page.locator("ol.events")).containsText("order", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page.locator("ol.events")).containsText("42");
        ConsoleBrowser.screenshot(page, "source-live");
        page.context().close();
    }

    @Test
    void variablesKeysStoresMembersAndTheAuditLogWork() {
        LocalUser user = LocalUsers.create(ADMIN, "console-settings");
        Page page = signedIn(user, 1280, 800);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Environment variables")).click();
        assertThat(page.getByText("No variables")).isVisible();
        page.getByLabel("Key", new Page.GetByLabelOptions().setExact(true)).fill("1BAD");
        page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill("sk_live_9f8e7d6c");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add variable")).click();
        assertThat(page.locator("#env-key-error")).isVisible(); // the API's error, under the field it names
        page.getByLabel("Key", new Page.GetByLabelOptions().setExact(true)).fill("STRIPE_KEY");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add variable")).click();
        assertThat(page.locator("table.list")).containsText("STRIPE_KEY");
        assertThat(page.locator("table.list")).containsText("secret");
        assertThat(page.locator("body")).not().containsText("sk_live_9f8e7d6c");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API keys")).click();
        page.getByLabel("Name of a new key").fill("laptop");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create key")).click();
        String key = page.locator(".notice code").textContent();
        assertEquals(200, ADMIN.raw(ADMIN.request("/v1/users/me").header("Authorization", "Bearer " + key).GET()).status(),
                "the key shown once works");
        assertThat(page.locator("table.list")).containsText("laptop");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Data stores")).click();
        page.getByLabel("Name of a new store").fill("counters");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create store")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("counters")).click();
        page.getByLabel("Key", new Page.GetByLabelOptions().setExact(true)).fill("events");
        page.getByLabel("Value (JSON)").fill("{\"n\": 2}");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set record")).click();
        assertThat(page.locator("table.list")).containsText("events");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Members")).click();
        assertThat(page.locator("table.list")).containsText(user.username());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit log")).click();
        assertThat(page.locator("table.list")).containsText("env_var.set");
        ConsoleBrowser.screenshot(page, "audit-log");
        page.context().close();
    }

    @Test
    void aWaitingExecutionIsCancelledFromTheInspector() {
        LocalUser user = LocalUsers.create(ADMIN, "console-cancel");
        var workflow = user.api().createHttpWorkflow("held", "[{\"name\":\"s\",\"code\":\"export default defineComponent({ async run() { return 1 } })\"}]",
                "{\"throttle\": {\"limit\": 0, \"interval_seconds\": 60}}"); // limit 0 holds every event in the queue
        user.api().trigger(workflow);
        Page page = signedIn(user, 1280, 800);
        page.navigate("/workflows/" + workflow.getString("id") + "/executions");
        page.locator("a.row").first().click();
        Locator execution = page.locator(".execution");
        assertThat(execution.locator("dl.facts .status")).hasText("queued");
        execution.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
        assertThat(execution.locator("dl.facts .status")).hasText("cancelled");
        assertThat(page.locator("a.row").first().locator(".status")).hasText("cancelled"); // the list heard it live
        assertThat(execution.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel"))).hasCount(0);
        page.context().close();
    }

    private static void typeCode(Page page, Locator editor, String code) {
        editor.locator(".cm-content").click();
        page.keyboard().press("Control+A");
        page.keyboard().press("Delete");
        page.keyboard().insertText(code);
    }

    @Test
    void buildDeployWatchLiveFixAndReplayFromTheFailedStep() throws Exception {
        LocalUser user = LocalUsers.create(ADMIN, "console-build");
        Page page = signedIn(user, 1280, 800);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New workflow")).click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("orders");
        Locator first = page.locator("li.step").nth(0);
        first.getByLabel("Step 1 name").fill("greet");
        typeCode(page, first, "export default defineComponent({\n  async run({ steps, $ }) {\n    const x = ;\n  },\n})\n");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy")).first().click();
        Locator stepError = first.locator(".step-error");
        assertThat(stepError).containsText(Pattern.compile("at line 3, column \\d+"));
        assertThat(first.locator(".cm-lintRange-error")).hasCount(1);
        ConsoleBrowser.screenshot(page, "builder-syntax-error");

        typeCode(page, first, "export default defineComponent({\n  async run({ steps, $ }) {\n"
                + "    console.log(\"got\", steps.trigger.event.body.name)\n    $.export(\"who\", steps.trigger.event.body.name)\n"
                + "    return { greeted: steps.trigger.event.body.name }\n  },\n})\n");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a code step")).click();
        Locator second = page.locator("li.step").nth(1);
        second.getByLabel("Step 2 name").fill("charge");
        typeCode(page, second, "export default defineComponent({\n  async run({ steps }) {\n"
                + "    if (steps.trigger.event.body.fail) throw new Error(\"card declined\")\n    return \"charged\"\n  },\n})\n");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a code step")).click();
        page.locator("li.step").nth(2).getByLabel("Step 3 name").fill("extra");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move step extra up")).click();
        assertThat(page.locator("li.step").nth(1).getByLabel("Step 2 name")).hasValue("extra");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove step extra")).click();
        assertThat(page.locator("li.step")).hasCount(2);
        page.getByLabel("Concurrency", new Page.GetByLabelOptions().setExact(true)).fill("3");
        page.getByLabel("Timeout (seconds)").fill("20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy")).first().click();
        assertThat(page).hasURL(Pattern.compile("/workflows/p_[A-Za-z0-9]+$"));
        String endpoint = page.locator(".endpoint-url").textContent();
        assertTrue(endpoint.contains("/e/"), endpoint);
        String workflowId = page.url().replaceAll(".*/workflows/", "");
        var deployed = user.api().get("/v1/workflows/" + workflowId).json().getJsonObject("data");
        assertEquals(3, deployed.getJsonObject("settings").getInt("concurrency"), deployed.toString());
        assertEquals(20, deployed.getJsonObject("settings").getInt("timeout_seconds"));
        assertEquals(List.of("greet", "charge"), deployed.getJsonArray("steps").stream()
                .map(v -> v.asJsonObject().getString("name")).toList());
        ConsoleBrowser.screenshot(page, "builder");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Executions")).click();
        assertThat(page.locator(".live")).hasText("Live");
        assertThat(page.getByText("No executions yet")).isVisible();
        send(endpoint, "{\"name\": \"Ada\", \"fail\": true}");
        Locator row = page.locator("a.row").first();
        assertThat(row.locator(".status")).hasText("error", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        row.click();
        Locator greet = page.locator("details.step-result[data-step=greet]");
        assertThat(greet.locator("ol.logs")).containsText("got Ada");
        assertThat(greet).containsText("who");
        Locator charge = page.locator("details.step-result[data-step=charge]");
        assertThat(charge.locator(".step-failure")).containsText("card declined");
        ConsoleBrowser.screenshot(page, "inspector-failed-step");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit workflow")).click();
        Locator chargeStep = page.locator("li.step").nth(1);
        typeCode(page, chargeStep, "export default defineComponent({\n  async run({ steps }) {\n    return \"charged\"\n  },\n})\n");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy")).first().click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Deployed version 2"))).isVisible();

        page.navigate("/workflows/" + workflowId + "/executions");
        page.locator("a.row").first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Replay from step charge")).click();
        assertThat(page.locator("a.row")).hasCount(2);
        Locator replayed = page.locator(".execution");
        assertThat(replayed.locator("dl.facts .status")).hasText("success", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(replayed.locator("details.step-result[data-step=greet] > summary")).containsText("(reused)");
        assertThat(replayed.getByText("Replay of")).isVisible();
        ConsoleBrowser.screenshot(page, "inspector-replayed");
        page.context().close();
    }

    private static String answering(String body) {
        return "export default defineComponent({\n  async run({ $ }) {\n    await $.respond({ status: 200, body: \"" + body
                + "\" })\n  },\n})\n";
    }

    private static String answerOf(String endpoint) {
        Api.Reply reply = ADMIN.raw(ADMIN.request(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(200, reply.status(), reply.body());
        return reply.body();
    }

    @Test
    void versionsAreComparedRolledBackAndADraftLeavesTheLiveVersionRunning() {
        LocalUser user = LocalUsers.create(ADMIN, "console-versions");
        Page page = signedIn(user, 1280, 800);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New workflow")).click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("answers");
        typeCode(page, page.locator("li.step").nth(0), answering("one"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy")).first().click();
        assertThat(page).hasURL(Pattern.compile("/workflows/p_[A-Za-z0-9]+$"));
        String endpoint = page.locator(".endpoint-url").textContent();

        typeCode(page, page.locator("li.step").nth(0), answering("two"));
        page.getByLabel("Deploy message (optional)").fill("answer two");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy")).first().click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Deployed version 2"))).isVisible();
        assertTrue(answerOf(endpoint).contains("two"));

        Locator versionsButton = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versions"));
        versionsButton.click();
        assertThat(versionsButton).hasAttribute("aria-expanded", "true");
        Locator panel = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Versions").setExact(true));
        assertThat(panel.locator("tr[data-version='2']")).containsText("answer two");
        assertThat(panel.locator("tr[data-version='2']")).containsText("live");
        assertThat(panel.getByLabel("Compare from version 1")).isChecked();
        assertThat(panel.getByLabel("Compare to version 2")).isChecked();
        Locator codeDiff = panel.getByLabel("Code diff of step code");
        assertThat(codeDiff.locator("del")).containsText("-    await $.respond({ status: 200, body: \"one\" })");
        assertThat(codeDiff.locator("ins")).containsText("+    await $.respond({ status: 200, body: \"two\" })");
        assertThat(panel.getByText("Changes from version 1 to version 2")).isVisible();
        ConsoleBrowser.screenshot(page, "builder-versions-diff");
        // side by side: version 1's line on the left, beside version 2's on the right
        Locator sideBySideButton = panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Side by side"));
        sideBySideButton.click();
        assertThat(sideBySideButton).hasAttribute("aria-pressed", "true");
        Locator sideBySide = panel.getByRole(AriaRole.REGION, new Locator.GetByRoleOptions().setName("Side-by-side code diff of step code"));
        Locator changedRow = sideBySide.locator("tr", new Locator.LocatorOptions().setHas(page.locator("td.diff-del")));
        assertThat(changedRow.locator("td.diff-del")).containsText("await $.respond({ status: 200, body: \"one\" })");
        assertThat(changedRow.locator("td.diff-add")).containsText("await $.respond({ status: 200, body: \"two\" })");
        assertThat(sideBySide.locator("thead")).containsText("From");
        assertThat(panel.locator("pre.code-diff")).hasCount(0);
        ConsoleBrowser.screenshot(page, "builder-versions-side-by-side");
        sideBySideButton.click();
        assertThat(codeDiff.locator("ins")).containsText("body: \"two\"");

        // by keyboard: the arrow keys move the From choice, Enter on the button rolls back
        panel.getByLabel("Compare from version 1").focus();
        page.keyboard().press("ArrowUp");
        assertThat(panel.getByLabel("Compare from version 2")).isChecked();
        assertThat(panel.getByText("The two definitions are the same.")).isVisible();
        page.keyboard().press("ArrowDown");
        assertThat(panel.getByLabel("Compare from version 1")).isChecked();
        assertThat(codeDiff.locator("ins")).containsText("body: \"two\"");
        page.onceDialog(d -> d.accept());
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Roll back to version 1")).focus();
        page.keyboard().press("Enter");
        assertThat(panel.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Rolled back"))).hasText("Rolled back to version 1: version 3 is live.");
        assertThat(panel.locator("tr[data-version='3']")).containsText("rollback to version 1");
        assertThat(panel.locator("tr[data-version='3']")).containsText("live");
        assertTrue(answerOf(endpoint).contains("one"), "the endpoint answers as version 1 again");

        // a draft is saved and checked, the live version keeps answering; then it is discarded
        typeCode(page, page.locator("li.step").nth(0), answering("three"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).first().click();
        Locator draft = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Draft").setExact(true));
        assertThat(draft).containsText("based on version 3");
        assertTrue(answerOf(endpoint).contains("one"), "the live version still answers");
        assertThat(panel.getByLabel("Compare to draft")).isChecked();
        assertThat(codeDiff.locator("ins")).containsText("body: \"three\"");
        page.setViewportSize(390, 844);
        assertEquals(390, ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue(), "no sideways scrolling");
        ConsoleBrowser.screenshot(page, "phone-builder-draft");
        page.setViewportSize(1280, 800);
        draft.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Discard draft")).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Draft discarded"))).isVisible();
        assertThat(draft).hasCount(0);
        assertTrue(answerOf(endpoint).contains("one"));
        assertEquals(404, user.api().get("/v1/workflows/" + page.url().replaceAll(".*/workflows/", "") + "/draft").status());
        page.context().close();
    }

    @Test
    void theHistoryFiltersAndBulkDeletes() {
        LocalUser user = LocalUsers.create(ADMIN, "console-history");
        var workflow = user.api().createHttpWorkflow("history-one", "[{\"name\":\"s\",\"code\":\"export default defineComponent({ async run() { return 1 } })\"}]");
        user.api().trigger(workflow);
        user.api().trigger(workflow);
        Wait.until("both executions finished", 60, () -> user.api().get("/v1/executions/counts?workflow_id="
                + workflow.getString("id")).json().getJsonObject("data").getInt("success"), n -> n == 2);
        Page page = signedIn(user, 1280, 800);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Event history")).click();
        Locator rows = page.locator("table.list tbody tr");
        assertThat(rows).hasCount(2, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(30_000));
        page.getByLabel("error", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
        assertThat(page.getByText("No executions")).isVisible();
        page.getByLabel("error", new Page.GetByLabelOptions().setExact(true)).uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
        assertThat(rows).hasCount(2);
        page.getByLabel("Select all on this page").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Replay selected (2)")).click();
        assertThat(page.locator(".replay-job")).containsText("completed, 2 replayed, 0 failed of 2",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        double barWidth = ((Number) page.locator(".replay-job progress").evaluate("p => p.getBoundingClientRect().width")).doubleValue();
        assertTrue(barWidth >= 300, "the progress bar spans the notice (up to 30rem), not a default 150 px: " + barWidth);
        Wait.until("the replays finished", 60, () -> user.api().get("/v1/executions/counts?workflow_id="
                + workflow.getString("id")).json().getJsonObject("data").getInt("success"), n -> n == 4);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
        assertThat(rows).hasCount(4);
        ConsoleBrowser.screenshot(page, "history");
        page.getByLabel("Select all on this page").check();
        page.onceDialog(d -> d.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete selected (4)")).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Deleted 4"))).isVisible();
        assertThat(page.getByText("No executions")).isVisible();
        page.context().close();
    }

    @Test
    void aPhoneViewportInTheDarkFoldsTheNavigationAndNeverScrollsSideways() {
        LocalUser user = LocalUsers.create(ADMIN, "console-phone");
        user.api().createHttpWorkflow("phone-one", "[{\"name\":\"s\",\"code\":\"export default defineComponent({ async run() { return 1 } })\"}]");
        Page page = signedIn(browser.page(ADMIN.base(), 390, 844, com.microsoft.playwright.options.ColorScheme.DARK), user);
        assertEquals("rgb(15, 18, 22)", page.evaluate("getComputedStyle(document.body).backgroundColor"),
                "the system's dark setting gives the dark theme");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("phone-one"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Event history"))).isHidden();
        assertThat(page.getByText("never")).isVisible(); // its last run, read after the list
        assertEquals(390, ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue(), "no sideways scrolling");
        ConsoleBrowser.screenshot(page, "phone-workflows");
        Locator menu = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"));
        menu.click();
        assertThat(menu).hasAttribute("aria-expanded", "true");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Event history")).click();
        assertThat(page).hasURL(Pattern.compile("/history$"));
        assertEquals(390, ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue(), "no sideways scrolling");
        // the screenshot shows the loaded page, not its loading line
        page.getByText("Loading the history").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        ConsoleBrowser.screenshot(page, "phone-history");
        page.context().close();
    }

    @Test
    void firstPaintOfTheWorkflowsPageWithAColdCacheIsMeasured() throws Exception {
        LocalUser user = LocalUsers.create(ADMIN, "console-paint");
        Page page = browser.page(ADMIN.base(), 1280, 800);
        var login = page.context().request().post(ADMIN.base() + "/login", com.microsoft.playwright.options.RequestOptions.create()
                .setHeader("Content-Type", "application/json")
                .setData("{\"username\":\"" + user.username() + "\",\"password\":\"" + user.password() + "\"}"));
        assertEquals(200, login.status(), login.text());
        page.navigate("/workflows");
        assertThat(page.getByText("No workflows yet")).isVisible();
        Object fcp = page.evaluate("performance.getEntriesByName('first-contentful-paint')[0]?.startTime");
        Object ready = page.evaluate("performance.now()");
        Object transferred = page.evaluate("performance.getEntriesByType('resource').reduce((n, r) => n + r.transferSize, 0)"
                + " + performance.getEntriesByType('navigation')[0].transferSize");
        String report = String.format("first contentful paint %.0f ms; list shown by %.0f ms; %d bytes transferred%n",
                ((Number) fcp).doubleValue(), ((Number) ready).doubleValue(), ((Number) transferred).longValue());
        System.out.print("ConsoleIT cold-cache workflows page: " + report);
        Files.createDirectories(ConsoleBrowser.SCREENSHOTS);
        Files.writeString(ConsoleBrowser.SCREENSHOTS.resolve("first-paint.txt"), report);
        page.context().close();
    }

    private static void send(String endpoint, String json) throws Exception {
        Api.Reply reply = ADMIN.raw(ADMIN.request(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        assertTrue(reply.status() < 300, reply.status() + " " + reply.body());
    }
}
