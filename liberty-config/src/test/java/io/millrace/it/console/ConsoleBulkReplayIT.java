package io.millrace.it.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.millrace.it.support.Api;
import io.millrace.it.support.LocalUsers;
import io.millrace.it.support.LocalUsers.LocalUser;
import io.millrace.it.support.Wait;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * In Chromium, the journey: twenty failed executions chosen in the event history (filtered to errors) and
 * replayed in bulk, the batch job's progress bar filling to twenty of twenty.
 */
class ConsoleBulkReplayIT extends ConsoleJourneys {
    private static final Api ADMIN = Api.server();
    private static final int FAILURES = 20;

    @Test
    void twentyFailuresAreReplayedInBulkWithAProgressBar() {
        LocalUser user = LocalUsers.create(ADMIN, "console-bulk-twenty");
        JsonObject workflow = user.api().createHttpWorkflow("always fails", steps(
                step("fail", "export default defineComponent({ async run() { throw new Error('upstream down') } })")));
        String id = workflow.getString("id");
        for (int i = 0; i < FAILURES; i++) {
            assertEquals(200, user.api().trigger(workflow, "{\"i\": " + i + "}").status());
        }
        Wait.until("twenty failed executions", 120, () -> user.api().get("/v1/executions/counts?workflow_id=" + id)
                .json().getJsonObject("data").getInt("error"), n -> n == FAILURES);

        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), user.username(), user.password());
        page.navigate("/history");
        page.getByLabel("error", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
        assertThat(page.locator("table.list tbody tr")).hasCount(FAILURES);
        page.getByLabel("Select all on this page").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Replay selected (" + FAILURES + ")")).click();
        Locator job = page.locator(".replay-job");
        assertThat(job).containsText("completed, " + FAILURES + " replayed, 0 failed of " + FAILURES,
                new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        Locator bar = page.getByRole(AriaRole.PROGRESSBAR, new Page.GetByRoleOptions().setName("Replay progress"));
        assertThat(bar).isVisible();
        assertEquals(FAILURES, ((Number) bar.evaluate("p => p.max")).intValue());
        assertEquals(FAILURES, ((Number) bar.evaluate("p => p.value")).intValue(), "the bar is full");
        ConsoleBrowser.screenshot(page, "history-bulk-replay");

        Wait.until("the twenty replays ran (and failed again)", 120, () -> user.api().get("/v1/executions/counts?workflow_id=" + id)
                .json().getJsonObject("data").getInt("error"), n -> n == 2 * FAILURES);
        page.context().close();
    }
}
