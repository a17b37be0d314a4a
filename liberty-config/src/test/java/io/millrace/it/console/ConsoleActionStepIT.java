package io.millrace.it.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.millrace.it.support.Api;
import io.millrace.it.support.LocalUsers;
import io.millrace.it.support.LocalUsers.LocalUser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/**
 * A workflow step that runs a registry action, in the builder in Chromium: its props in a form made from the
 * action's {@code configurable_props}, edited and deployed into the step's {@code props} (the endpoint then answers
 * as edited), a prop's deploy error under its field, and an action step added from a search; a saved component's
 * options() method fills its prop's choices from the props set so far (and its next pages on More options), and a {@code reloadProps} prop brings the
 * props its additionalProps() adds.
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
    @Test
    void dynamicOptionsAndAdditionalPropsComeFromTheComponentsCode() {
        LocalUser user = LocalUsers.create(ADMIN, "console-options");
        String code = """
                export default defineComponent({
                  name: "Pick a color", key: "pick-color-KEY", version: "0.0.1", type: "action",
                  props: {
                    shade: { type: "string", label: "Shade", default: "light", reloadProps: true },
                    color: { type: "string", label: "Color", async options() {
                      return [{ label: this.shade + " red", value: this.shade + "-red" }, { label: this.shade + " blue", value: this.shade + "-blue" }];
                    } },
                    size: { type: "integer", label: "Size", optional: true, async options({ page, prevContext }) {
                      const n = (prevContext?.n ?? 0) + 1;
                      return page < 2 ? { options: [{ label: "size " + n, value: n }], context: { n } } : [];
                    } },
                  },
                  async additionalProps() {
                    return this.shade === "dark" ? { depth: { type: "integer", label: "Depth", optional: true } } : {};
                  },
                  async run() { return this.color },
                })""".replace("KEY", Long.toString(System.nanoTime()));
        Api.Reply saved = user.api().post("/v1/components", Json.createObjectBuilder().add("component_code", code).build().toString());
        assertEquals(200, saved.status(), saved.body());
        String componentId = saved.json().getJsonObject("data").getString("id");
        JsonObject workflow = user.api().createHttpWorkflow("colors",
                "[{\"name\":\"pick\",\"component\":\"" + componentId + "\",\"props\":{\"shade\":\"light\",\"color\":\"light-red\"}}]");

        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), user.username(), user.password());
        page.navigate("/workflows/" + workflow.getString("id"));
        Locator props = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Props of step pick"));
        Locator color = props.getByLabel("Color", new Locator.GetByLabelOptions().setExact(true));
        assertThat(color).containsText("light blue");
        assertThat(color).hasValue("\"light-red\"");
        assertThat(props.getByLabel("Depth")).hasCount(0);

        // the options' next pages, each asked with the previous answer's context, until a page brings nothing new
        Locator size = props.getByLabel("Size", new Locator.GetByLabelOptions().setExact(true));
        assertThat(size.locator("option")).hasText(new String[] {"—", "size 1"});
        Locator more = props.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("More options for Size"));
        more.click();
        assertThat(size.locator("option")).hasText(new String[] {"—", "size 1", "size 2"});
        more.click();
        assertThat(more).hasCount(0);
        assertThat(props).containsText("All 2 options are listed.");
        size.selectOption("2");

        props.getByLabel("Shade").fill("dark");
        assertThat(color).containsText("dark blue");
        assertThat(props.getByLabel("Depth")).isVisible();
        color.selectOption("\"dark-blue\"");
        ConsoleBrowser.screenshot(page, "builder-dynamic-options");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy")).first().click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Deployed version 2"))).isVisible();
        JsonObject step = user.api().get("/v1/workflows/" + workflow.getString("id")).json().getJsonObject("data")
                .getJsonArray("steps").getJsonObject(0);
        assertEquals("dark", step.getJsonObject("props").getString("shade"), step.toString());
        assertEquals("dark-blue", step.getJsonObject("props").getString("color"), step.toString());
        assertEquals(2, step.getJsonObject("props").getInt("size"), step.toString());
        page.context().close();
    }
}
