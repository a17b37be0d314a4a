package io.millrace.it.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.millrace.it.support.Api;
import io.millrace.it.support.LocalUsers;
import io.millrace.it.support.LocalUsers.LocalUser;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * In Chromium: the builder's Test runs a past event, edited, on the deployed version as a test event and shows
 * each step's result; the inspector resumes a paused ({@code $.flow.suspend}) execution with Resume now.
 */
class ConsoleTestRunIT extends ConsoleJourneys {
    private static final Api ADMIN = Api.server();

    @Test
    void theBuilderTestsAnEditedPastEventAndShowsEachStep() {
        LocalUser user = LocalUsers.create(ADMIN, "console-test-run");
        JsonObject workflow = user.api().createHttpWorkflow("test me", steps(
                step("double", "export default defineComponent({ async run({ steps }) {"
                        + " return steps.trigger.event.body.n * 2 } })"),
                step("report", "export default defineComponent({ async run({ steps }) {"
                        + " return { doubled: steps.double.$return_value, test: steps.trigger.context.test } } })")));
        String id = workflow.getString("id");
        user.api().trigger(workflow, "{\"n\": 2}");
        JsonObject original = user.api().awaitFinished(id);
        assertEquals("success", original.getString("status"), original.toString());

        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), user.username(), user.password());
        page.navigate("/workflows/" + id);
        Locator test = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Test").setExact(true));
        assertThat(test.getByLabel("Past event")).hasValue(original.getString("id"));
        Locator event = test.getByLabel("Event (JSON)");
        assertThat(event).hasValue(java.util.regex.Pattern.compile("\"n\": 2\\b"));

        event.fill("{ not json");
        test.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Run test")).click();
        assertThat(test.locator("#test-event-error")).containsText("not valid JSON");

        JsonObject edited = jakarta.json.Json.createObjectBuilder(original.getJsonObject("trigger").getJsonObject("event"))
                .add("body", jakarta.json.Json.createObjectBuilder().add("n", 21)).build();
        event.fill(edited.toString());
        test.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Run test")).click();
        Locator run = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Test run"));
        Locator steps = run.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Test steps"));
        assertThat(steps.locator("li[data-step=double] .status")).hasText("success");
        assertThat(steps.locator("li[data-step=report] .status")).hasText("success");
        assertThat(steps.locator("li[data-step=double]")).containsText("42");
        assertThat(run.locator("p > .status")).hasText("success");
        ConsoleBrowser.screenshot(page, "builder-test");

        String testId = run.getByRole(AriaRole.LINK).first().textContent();
        JsonObject ran = user.api().get("/v1/executions/" + testId).json().getJsonObject("data");
        assertTrue(ran.getJsonObject("trigger").getJsonObject("context").getBoolean("test"), ran.toString());
        assertEquals(21, ran.getJsonObject("trigger").getJsonObject("event").getJsonObject("body").getInt("n"));
        JsonObject report = ran.getJsonArray("steps").getJsonObject(1).getJsonObject("$return_value");
        assertEquals(42, report.getInt("doubled"));
        assertTrue(report.getBoolean("test"));
        page.context().close();
    }

    @Test
    void theInspectorResumesAPausedExecution() {
        LocalUser user = LocalUsers.create(ADMIN, "console-resume");
        JsonObject workflow = user.api().createHttpWorkflow("approval", steps(
                step("approve", "export default defineComponent({ async run({ $ }) { $.flow.suspend(3600000) } })"),
                step("after", "export default defineComponent({ async run() { return 'went on' } })")));
        String id = workflow.getString("id");
        user.api().trigger(workflow);
        JsonObject paused = user.api().awaitExecution(id, e -> e.getString("status").equals("paused"));

        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), user.username(), user.password());
        page.navigate("/workflows/" + id + "/executions/" + paused.getString("id"));
        Locator facts = page.locator("dl.facts");
        assertThat(facts).containsText("Paused until");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume now")).click();
        assertThat(facts.locator(".status")).hasText("success");
        assertThat(page.locator("[data-step=after]")).containsText("went on");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume now"))).hasCount(0);
        JsonObject done = user.api().get("/v1/executions/" + paused.getString("id")).json().getJsonObject("data");
        assertEquals("success", done.getString("status"), done.toString());
        assertEquals(2, done.getJsonArray("steps").size());
        page.context().close();
    }
}
