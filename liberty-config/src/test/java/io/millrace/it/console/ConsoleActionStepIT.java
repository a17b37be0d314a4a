package io.millrace.it.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.millrace.it.support.Api;
import io.millrace.it.support.LocalUsers;
import io.millrace.it.support.LocalUsers.LocalUser;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/**
 * A workflow step that runs a registry action, in the builder in Chromium: its props in a form made from the
 * action's {@code configurable_props}, edited and deployed into the step's {@code props} (the endpoint then answers
 * as edited), a prop's deploy error under its field, and an action step added from a search.
 */
class ConsoleActionStepIT extends ConsoleJourneys {
    private static final Api ADMIN = Api.server();
    private static Api.Reply call(String endpoint) {
        return ADMIN.raw(ADMIN.request(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    }

    @Test
    void anActionStepsPropsAreEditedInAFormAndDeployed() {
        LocalUser user = LocalUsers.create(ADMIN, "console-action");
        JsonObject workflow = user.api().createHttpWorkflow("answers",
                "[{\"name\":\"answer\",\"component\":\"return-http-response\",\"props\":{\"status\":200,\"body\":\"first\"}}]");
        String endpoint = workflow.getJsonArray("triggers").getJsonObject(0).getString("endpoint_url");
        assertEquals("first", call(endpoint).body());

        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), user.username(), user.password());
        page.navigate("/workflows/" + workflow.getString("id"));
        Locator props = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Props of step answer"));
        assertThat(props).containsText("Return HTTP Response");
        assertThat(props.getByLabel("Status Code")).hasValue("200");
        assertThat(props.getByLabel("Body")).hasValue("\"first\"");

        props.getByLabel("Status Code").fill("42");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy")).first().click();
        assertThat(props.getByRole(AriaRole.ALERT)).containsText("configured_props.status");
        assertThat(props.getByRole(AriaRole.ALERT)).containsText(java.util.regex.Pattern.compile("configured_props\\.status: \\S+"));
        ConsoleBrowser.screenshot(page, "builder-action-props-error");

        props.getByLabel("Status Code").fill("202");
        props.getByLabel("Body").fill("\"edited\"");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy")).first().click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Deployed version 2"))).isVisible();
        JsonObject step = user.api().get("/v1/workflows/" + workflow.getString("id")).json().getJsonObject("data")
                .getJsonArray("steps").getJsonObject(0);
        assertEquals(202, step.getJsonObject("props").getInt("status"), step.toString());
        assertEquals("edited", step.getJsonObject("props").getString("body"));
        Api.Reply answer = call(endpoint);
        assertEquals(202, answer.status(), answer.body());
        assertEquals("edited", answer.body());

        // an action added from a search comes with its props at their defaults
        page.getByLabel("Find an action").fill("delay");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search actions")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add action delay")).click();
        Locator delay = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Props of step delay"));
        assertThat(delay.getByLabel("Duration")).isVisible();
        assertThat(delay.getByLabel("Unit")).isVisible();
        assertThat(page.locator("li.step")).hasCount(2);
        ConsoleBrowser.screenshot(page, "builder-action-props");
        page.context().close();
    }

    /** A prop with an async options() method: its choices loaded from the component (and a next page) in the form. */
    @Test
    void aPropsDynamicOptionsAreLoadedPageByPageAndChosen() {
        LocalUser user = LocalUsers.create(ADMIN, "console-remote-options");
        String key = "console-teams-" + System.nanoTime();
        String code = "export default defineComponent({ key: \"" + key + "\", name: \"Console teams\", version: \"0.0.1\","
                + " type: \"action\", props: { team: { type: \"string\", label: \"Team\", async options({ page }) {"
                + " return { options: [{ label: \"Team \" + page, value: \"t\" + page }], context: { page } }; } } },"
                + " async run() { return this.team; } })";
        Api.Reply saved = user.api().post("/v1/components", jakarta.json.Json.createObjectBuilder().add("component_code", code)
                .build().toString());
        assertEquals(200, saved.status(), saved.body());
        JsonObject workflow = user.api().createHttpWorkflow("teams",
                "[{\"name\":\"pick\",\"component\":\"" + key + "\",\"props\":{\"team\":\"t9\"}}]");

        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), user.username(), user.password());
        page.navigate("/workflows/" + workflow.getString("id"));
        Locator props = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Props of step pick"));
        Locator team = props.getByLabel("Team", new Locator.GetByLabelOptions().setExact(true));
        assertThat(team).hasValue("\"t9\""); // the configured value, before any options are loaded
        props.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Load options of Team")).click();
        assertThat(team.locator("option")).hasText(new String[] {"—", "t9", "Team 0"});
        props.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("More options of Team")).click();
        assertThat(team.locator("option")).hasText(new String[] {"—", "t9", "Team 0", "Team 1"});
        team.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Team 1"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy")).first().click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Deployed version 2"))).isVisible();
        JsonObject step = user.api().get("/v1/workflows/" + workflow.getString("id")).json().getJsonObject("data")
                .getJsonArray("steps").getJsonObject(0);
        assertEquals("t1", step.getJsonObject("props").getString("team"), step.toString());
        ConsoleBrowser.screenshot(page, "builder-remote-options");
        page.context().close();
    }
}
