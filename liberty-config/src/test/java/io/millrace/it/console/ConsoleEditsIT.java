package io.millrace.it.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * In Chromium: the builder's concurrency key and retention settings deployed; a secret environment variable's value
 * replaced (never shown, the workflow reads the new one); a control-flow block outlined, edited as JSON and added from a
 * template, an if/else's condition edited with the rules form; an HTTP trigger's authorization set to a custom token (the endpoint then refuses requests without it); a data store record set with a TTL and edited in place,
 * and records found by the beginning of their keys; long lists (variables, workflows, data stores, OAuth clients) read a page at a
 * time with "Load more".
 */
class ConsoleEditsIT extends ConsoleJourneys {
    private static final Api ADMIN = Api.server();

    @Test
    void theConcurrencyKeyAndRetentionSettingsAreDeployed() {
        LocalUser user = LocalUsers.create(ADMIN, "console-settings-key");
        JsonObject workflow = user.api().createHttpWorkflow("per customer", steps(
                step("s", "export default defineComponent({ async run() { return 1 } })")));
        String id = workflow.getString("id");
        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), user.username(), user.password());
        page.navigate("/workflows/" + id);
        page.getByLabel("Concurrency", new Page.GetByLabelOptions().setExact(true)).fill("1");
        page.getByLabel("Concurrency key").fill("not a path");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy").setExact(true)).first().click();
        assertThat(page.locator("#setting-concurrency_key-error")).containsText("settings.concurrency_key");
        page.getByLabel("Concurrency key").fill("steps.trigger.event.body.customer");
        page.getByLabel("Keep executions (days)").fill("7");
        page.getByLabel("Keep executions (newest)").fill("500");
        page.getByLabel("Keep event and step data").uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Deployed version 2"))).isVisible();
        JsonObject settings = user.api().get("/v1/workflows/" + id).json().getJsonObject("data").getJsonObject("settings");
        assertEquals("steps.trigger.event.body.customer", settings.getString("concurrency_key"), settings.toString());
        assertEquals(1, settings.getInt("concurrency"));
        assertEquals(7, settings.getInt("retention_days"));
        assertEquals(500, settings.getInt("retention_count"));
        assertFalse(settings.getBoolean("data_retention"));

        page.reload();
        assertThat(page.getByLabel("Concurrency key")).hasValue("steps.trigger.event.body.customer");
        assertThat(page.getByLabel("Keep event and step data")).not().isChecked();
        page.getByLabel("Concurrency key").fill("");
        page.getByLabel("Keep event and step data").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Deployed version 3"))).isVisible();
        settings = user.api().get("/v1/workflows/" + id).json().getJsonObject("data").getJsonObject("settings");
        assertFalse(settings.containsKey("concurrency_key"), settings.toString());
        assertFalse(settings.containsKey("data_retention") && !settings.getBoolean("data_retention"), settings.toString());
        page.context().close();
    }

    @Test
    void aBlockIsOutlinedAndEditedAsJsonAndTheHttpTriggersAuthorizationIsSet() {
        LocalUser user = LocalUsers.create(ADMIN, "console-block-auth");
        String branch = "{\"name\":\"pick\",\"type\":\"if_else\",\"branches\":["
                + "{\"name\":\"big\",\"condition\":{\"value\":\"{{steps.trigger.event.body.n}}\",\"operator\":\"greater_than\",\"operand\":10},"
                + "\"steps\":[" + step("say_big", "export default defineComponent({ async run() { return 'big' } })") + "]},"
                + "{\"name\":\"small\",\"steps\":[" + step("say_small", "export default defineComponent({ async run() { return 'small' } })") + "]}]}";
        JsonObject workflow = user.api().createHttpWorkflow("blocks and auth", "[" + branch + "]");
        String id = workflow.getString("id");
        String endpoint = workflow.getJsonArray("triggers").getJsonObject(0).getString("endpoint_url");
        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), user.username(), user.password());
        page.navigate("/workflows/" + id);

        // the block's outline: its branches, their conditions in words and the steps inside
        com.microsoft.playwright.Locator block = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Block pick"));
        assertThat(block).containsText("If / else");
        assertThat(block).containsText("Branch big: when {{steps.trigger.event.body.n}} greater_than 10");
        assertThat(block).containsText("say_big (code)");
        assertThat(block).containsText("Branch small: else");

        // a custom token too short is refused under its field; JSON that does not parse is said under the block's field
        page.getByLabel("Authorization", new Page.GetByLabelOptions().setExact(true)).selectOption("custom_token");
        page.getByLabel("Token", new Page.GetByLabelOptions().setExact(true)).fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy").setExact(true)).first().click();
        assertThat(page.locator("#http-auth-0-token-error")).containsText("triggers[0].auth.token");
        page.getByLabel("Token", new Page.GetByLabelOptions().setExact(true)).fill("s3cret-token-0123");
        block.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Edit block as JSON")).click();
        com.microsoft.playwright.Locator json = page.getByLabel("Definition of block pick (JSON)");
        String definition = json.inputValue();
        assertTrue(definition.contains("\"operand\": 10"), definition);
        json.fill("{ not json");
        assertThat(block.getByRole(AriaRole.ALERT)).containsText("Not deployable yet");
        json.fill(definition.replace("\"operand\": 10", "\"operand\": 100"));
        assertThat(block.getByRole(AriaRole.ALERT)).hasCount(0);
        assertThat(block).containsText("greater_than 100");
        ConsoleBrowser.screenshot(page, "builder-block-auth");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Deployed version 2"))).isVisible();

        JsonObject deployed = user.api().get("/v1/workflows/" + id).json().getJsonObject("data");
        JsonObject trigger = deployed.getJsonArray("triggers").getJsonObject(0);
        assertEquals("custom_token", trigger.getJsonObject("auth").getString("type"), deployed.toString());
        assertEquals(endpoint, trigger.getString("endpoint_url"));
        JsonObject pick = deployed.getJsonArray("steps").getJsonObject(0);
        assertEquals("if_else", pick.getString("type"), pick.toString());
        assertEquals(100, pick.getJsonArray("branches").getJsonObject(0).getJsonObject("condition").getInt("operand"));
        assertEquals("say_small", pick.getJsonArray("branches").getJsonObject(1).getJsonArray("steps").getJsonObject(0).getString("name"));
        assertEquals(401, ADMIN.raw(ADMIN.request(endpoint).POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))).status());
        Api.Reply authorized = ADMIN.raw(ADMIN.request(endpoint).header("Authorization", "Bearer s3cret-token-0123")
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"n\":3}")));
        assertTrue(authorized.status() / 100 == 2, authorized.status() + " " + authorized.body());

        // after a reload the type is shown (never the token); a block added from its template deploys and the token stays
        page.reload();
        assertThat(page.getByLabel("Authorization", new Page.GetByLabelOptions().setExact(true))).hasValue("custom_token");
        assertThat(page.getByLabel("Token", new Page.GetByLabelOptions().setExact(true))).hasValue("");
        page.getByLabel("Control-flow block").selectOption("delay");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a block")).click();
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Block delay"))).containsText("waits 60000 ms");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Deployed version 3"))).isVisible();
        deployed = user.api().get("/v1/workflows/" + id).json().getJsonObject("data");
        assertEquals("delay", deployed.getJsonArray("steps").getJsonObject(1).getString("type"), deployed.toString());
        assertEquals(401, ADMIN.raw(ADMIN.request(endpoint).POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))).status());

        // back to public
        page.getByLabel("Authorization", new Page.GetByLabelOptions().setExact(true)).selectOption("none");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Deployed version 4"))).isVisible();
        assertTrue(ADMIN.raw(ADMIN.request(endpoint).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"n\":3}"))).status() / 100 == 2);
        page.context().close();
    }

    @Test
    void aSecretVariablesValueIsReplacedWithoutBeingShown() {
        LocalUser user = LocalUsers.create(ADMIN, "console-env-replace");
        Api.Reply created = user.api().post("/v1/workspaces/" + user.orgId() + "/env_vars",
                "{\"key\": \"GREETING\", \"value\": \"old-hello\"}");
        assertEquals(200, created.status(), created.body());
        JsonObject workflow = user.api().createHttpWorkflow("reads env", steps(
                step("s", "export default defineComponent({ async run() { return process.env.GREETING } })")));

        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), user.username(), user.password());
        page.navigate("/settings/env-vars");
        assertThat(page.locator("table.list")).containsText("GREETING");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Replace the value of GREETING")).click();
        assertThat(page.getByLabel("New value of GREETING")).hasAttribute("type", "password");
        page.getByLabel("New value of GREETING").fill("new-hello");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("GREETING: value replaced."))).isVisible();
        assertThat(page.locator("body")).not().containsText("new-hello");
        assertThat(page.locator("body")).not().containsText("old-hello");

        user.api().trigger(workflow);
        JsonObject ran = user.api().awaitFinished(workflow.getString("id"));
        assertEquals("new-hello", ran.getJsonArray("steps").getJsonObject(0).getString("$return_value"), ran.toString());
        page.context().close();
    }

    @Test
    void aRecordIsSetWithATtlAndEditedInPlace() {
        LocalUser user = LocalUsers.create(ADMIN, "console-records");
        String project = user.api().get("/v1/workspaces/" + user.orgId() + "/projects").json().getJsonArray("data")
                .getJsonObject(0).getString("id");
        Api.Reply store = user.api().post("/v1/projects/" + project + "/data_stores", "{\"name\": \"carts\"}");
        assertEquals(200, store.status(), store.body());
        String storeId = store.json().getJsonObject("data").getString("id");

        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), user.username(), user.password());
        page.navigate("/data-stores/" + storeId);
        assertThat(page.getByText("No records")).isVisible();
        page.getByLabel("Key", new Page.GetByLabelOptions().setExact(true)).fill("cart-1");
        page.getByLabel("Value (JSON)").fill("{\"items\": 1}");
        page.getByLabel("Expires after (seconds)").fill("3600");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set record")).click();
        assertThat(page.locator("table.list")).containsText("cart-1");
        JsonObject record = user.api().get("/v1/data_stores/" + storeId + "/records/cart-1").json().getJsonObject("data");
        assertTrue(record.get("expires_at") instanceof jakarta.json.JsonString, record.toString());
        assertThat(page.locator("table.list td[data-label=Expires] time")).hasCount(1);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit record cart-1")).click();
        assertThat(page.getByLabel("Key", new Page.GetByLabelOptions().setExact(true))).hasValue("cart-1");
        assertThat(page.getByLabel("Value (JSON)")).hasValue("{\"items\":1}");
        page.getByLabel("Value (JSON)").fill("{\"items\": 2}");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set record")).click();
        assertThat(page.locator("table.list td[data-label=Expires]")).hasText("never");
        record = user.api().get("/v1/data_stores/" + storeId + "/records/cart-1").json().getJsonObject("data");
        assertEquals(2, record.getJsonObject("value").getInt("items"), record.toString());
        ConsoleBrowser.screenshot(page, "data-store-records");

        // a search by the keys' beginning (LIKE's _ and % are plain characters in it)
        assertEquals(200, user.api().post("/v1/data_stores/" + storeId + "/records", "{\"records\": [{\"key\": \"order_1\", \"value\": 1},"
                + " {\"key\": \"order%2\", \"value\": 2}, {\"key\": \"orders-x\", \"value\": 3}, {\"key\": \"cart-2\", \"value\": 4}]}").status());
        assertEquals(3, user.api().get("/v1/data_stores/" + storeId + "/records?prefix=order").json().getJsonObject("page_info").getInt("total_count"));
        page.reload();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("records"))).hasText("5 records");
        page.getByLabel("Key starts with").fill("order_");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("starts with")))
                .hasText("1 record whose key starts with “order_”");
        assertThat(page.locator("table.list tbody tr")).hasCount(1);
        assertThat(page.locator("table.list")).containsText("order_1");
        ConsoleBrowser.screenshot(page, "data-store-search");
        page.getByLabel("Key starts with").fill("zzz");
        page.getByLabel("Key starts with").press("Enter");
        assertThat(page.getByText("No record matches")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show all")).click();
        assertThat(page.locator("table.list tbody tr")).hasCount(5);
        page.context().close();
    }

    @Test
    void longListsAreReadAPageAtATimeWithLoadMore() {
        LocalUser user = LocalUsers.create(ADMIN, "console-load-more");
        String org = user.orgId();
        String project = user.api().get("/v1/workspaces/" + org + "/projects").json().getJsonArray("data")
                .getJsonObject(0).getString("id");
        for (int i = 1; i <= 3; i++) {
            assertEquals(200, user.api().post("/v1/workspaces/" + org + "/env_vars",
                    "{\"key\": \"PAGED_" + i + "\", \"value\": \"v" + i + "\", \"secret\": false}").status());
            assertEquals(200, user.api().post("/v1/projects/" + project + "/data_stores", "{\"name\": \"paged-" + i + "\"}").status());
            Api.Reply client = user.api().post("/v1/workspaces/" + org + "/oauth_clients", "{\"name\": \"paged-client-" + i + "\"}");
            assertEquals(2, client.status() / 100, client.body());
            user.api().createHttpWorkflow("paged " + i, steps(step("s", "export default defineComponent({ async run() { return 1 } })")));
        }
        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), user.username(), user.password());
        Locator loadMore = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Load more"));

        // a page size of 2 (?limit=2): the first page, then the next appended by Load more
        page.navigate("/settings/env-vars?limit=2");
        assertThat(page.locator("table.list tbody tr")).hasCount(2);
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("More variables")))
                .containsText("Showing 2 of 3 variables");
        ConsoleBrowser.screenshot(page, "load-more");
        loadMore.click();
        assertThat(page.locator("table.list tbody tr")).hasCount(3);
        assertThat(loadMore).hasCount(0);
        assertThat(page.locator("table.list")).containsText("PAGED_1");
        // a change reads again as many as are shown, not only the first page
        page.getByLabel("Key", new Page.GetByLabelOptions().setExact(true)).fill("PAGED_4");
        page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill("v4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add variable")).click();
        assertThat(page.locator("table.list tbody tr")).hasCount(4);

        page.navigate("/workflows?limit=2");
        assertThat(page.locator("table.list tbody tr")).hasCount(2);
        assertThat(page.locator("table.list")).containsText("paged 3");
        loadMore.click();
        assertThat(page.locator("table.list tbody tr")).hasCount(3);
        assertThat(page.locator("table.list")).containsText("paged 1");
        assertThat(loadMore).hasCount(0);
        ConsoleBrowser.screenshot(page, "workflows-load-more");

        page.navigate("/data-stores?limit=2");
        assertThat(page.locator("ul.plain li")).hasCount(2);
        loadMore.click();
        assertThat(page.locator("ul.plain li")).hasCount(3);
        assertThat(loadMore).hasCount(0);

        page.navigate("/settings/oauth-clients?limit=2");
        assertThat(page.locator("table.list tbody tr")).hasCount(2);
        loadMore.click();
        assertThat(page.locator("table.list tbody tr")).hasCount(3);
        assertThat(page.locator("table.list")).containsText("paged-client-1");
        page.context().close();
    }

    @Test
    void anIfElseConditionIsEditedWithTheRulesForm() {
        LocalUser user = LocalUsers.create(ADMIN, "console-rules-form");
        String branch = "{\"name\":\"pick\",\"type\":\"if_else\",\"branches\":["
                + "{\"name\":\"big\",\"condition\":{\"value\":\"{{steps.trigger.event.body.n}}\",\"operator\":\"greater_than\",\"operand\":10},"
                + "\"steps\":[" + step("say_big", "export default defineComponent({ async run() { return 'big' } })") + "]},"
                + "{\"name\":\"small\",\"steps\":[" + step("say_small", "export default defineComponent({ async run() { return 'small' } })") + "]}]}";
        JsonObject workflow = user.api().createHttpWorkflow("rules form", "[" + branch + "]");
        String id = workflow.getString("id");
        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), user.username(), user.password());
        page.navigate("/workflows/" + id);
        Locator block = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Block pick"));
        assertThat(page.getByLabel("Value of rule 1 of branch big")).hasValue("{{steps.trigger.event.body.n}}");
        assertThat(page.getByLabel("Operator of rule 1 of branch big")).hasValue("greater_than");
        assertThat(page.getByLabel("Operand of rule 1 of branch big")).hasValue("10");

        // n less than 5, or the flag is true
        page.getByLabel("Operator of rule 1 of branch big").selectOption("less_than");
        page.getByLabel("Operand of rule 1 of branch big").fill("5");
        assertThat(block).containsText("Branch big: when {{steps.trigger.event.body.n}} less_than 5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a rule")).click();
        page.getByLabel("Value of rule 2 of branch big").fill("{{steps.trigger.event.body.flag}}");
        page.getByLabel("Operator of rule 2 of branch big").selectOption("is_true");
        assertThat(page.getByLabel("Operand of rule 2 of branch big")).hasCount(0);
        page.getByLabel("Holds when").selectOption("or");
        assertThat(block).containsText("less_than 5 or {{steps.trigger.event.body.flag}} is_true");
        ConsoleBrowser.screenshot(page, "builder-rules-form");
        // the JSON follows the form
        block.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit block as JSON")).click();
        assertTrue(page.getByLabel("Definition of block pick (JSON)").inputValue().contains("\"is_true\""));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Deployed version 2"))).isVisible();

        JsonObject condition = user.api().get("/v1/workflows/" + id).json().getJsonObject("data").getJsonArray("steps")
                .getJsonObject(0).getJsonArray("branches").getJsonObject(0).getJsonObject("condition");
        jakarta.json.JsonArray any = condition.getJsonArray("or");
        assertEquals(2, any.size(), condition.toString());
        assertEquals("less_than", any.getJsonObject(0).getString("operator"));
        assertEquals(5, any.getJsonObject(0).getInt("operand"), condition.toString());
        assertEquals("is_true", any.getJsonObject(1).getString("operator"));
        assertFalse(any.getJsonObject(1).containsKey("operand"), condition.toString());

        user.api().trigger(workflow, "{\"n\": 50, \"flag\": true}");
        JsonObject ran = user.api().awaitFinished(id);
        assertTrue(ran.toString().contains("say_big") && !ran.toString().contains("say_small"), ran.toString());
        page.context().close();
    }
}
