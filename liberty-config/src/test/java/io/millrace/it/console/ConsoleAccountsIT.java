package io.millrace.it.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.millrace.it.support.Api;
import io.millrace.it.support.LocalHttpServer;
import io.millrace.it.support.LocalUsers;
import io.millrace.it.support.LocalUsers.LocalUser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * In Chromium, the Accounts page: a key-based account connected by the form of its app's custom fields (against a
 * service the test serves, which a step then calls with it), shared with the workspace; an OAuth account connected
 * with the button through the browser flow (or, without the workspace's OAuth client for the app, the refusal shown) (a provider the test serves: its authorization page sends the browser
 * straight back) and returning to the page; a member sees the shared account but may neither change nor delete it;
 * the owner deletes an account after a confirmation and renames one; an action's app and data store props are chosen
 * in the builder from pickers of the connected accounts and the project's data stores.
 */
class ConsoleAccountsIT extends ConsoleJourneys {
    private static final Api ADMIN = Api.server();

    @Test
    void accountsAreConnectedSharedAndDeletedAsTheApiAllows() throws Exception {
        LocalUser owner = LocalUsers.create(ADMIN, "console-accounts");
        LocalUser member = LocalUsers.create(ADMIN, "console-accounts-member", owner.orgId(), "member");
        String suffix = Long.toString(System.nanoTime(), 36);
        String ledgerApp = "ledger_" + suffix;
        String oakApp = "oak_" + suffix;
        String elmApp = "elm_" + suffix;
        try (LocalHttpServer ledger = new LocalHttpServer().on("/balance", exchange -> {
            boolean ok = "Bearer ledger-key-1".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            LocalHttpServer.answer(exchange, ok ? 200 : 401, "application/json",
                    (ok ? "{\"balance\":42}" : "{\"error\":\"bad key\"}").getBytes(StandardCharsets.UTF_8));
        }).start(); LocalHttpServer provider = new LocalHttpServer().on("/authorize", exchange -> {
            Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
            exchange.getResponseHeaders().add("Location", q.get("redirect_uri") + "?code=oak-code&state="
                    + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        }).on("/token", exchange -> LocalHttpServer.answer(exchange, 200, "application/json",
                "{\"access_token\":\"oak-at\",\"refresh_token\":\"oak-rt\",\"token_type\":\"Bearer\",\"expires_in\":3600}"
                        .getBytes(StandardCharsets.UTF_8))).start()) {
            assertEquals(200, ADMIN.post("/v1/apps", Json.createObjectBuilder().add("name_slug", ledgerApp).add("name", "Ledger")
                    .add("auth_type", "keys").add("custom_fields", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("name", "api_key").add("label", "API key").add("type", "password"))
                            .add(Json.createObjectBuilder().add("name", "base_url").add("label", "Base URL")))
                    .build().toString()).status());
            assertEquals(200, ADMIN.post("/v1/apps", Json.createObjectBuilder().add("name_slug", oakApp).add("name", "Oak")
                    .add("auth_type", "oauth").add("authorize_url", provider.url("/authorize"))
                    .add("token_url", provider.url("/token")).build().toString()).status());
            assertEquals(200, ADMIN.post("/v1/apps", Json.createObjectBuilder().add("name_slug", elmApp).add("name", "Elm")
                    .add("auth_type", "oauth").add("authorize_url", provider.url("/authorize"))
                    .add("token_url", provider.url("/token")).build().toString()).status());
            assertEquals(200, owner.api().post("/v1/workspaces/" + owner.orgId() + "/app_oauth_clients",
                    "{\"app\":\"" + oakApp + "\",\"client_id\":\"oak-client\",\"client_secret\":\"oak-secret\"}").status());

            Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 900), owner.username(), owner.password());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts").setExact(true)).click();
            assertThat(page).hasURL(Pattern.compile("/accounts$"));
            assertThat(page.getByText("No connected accounts")).isVisible();

            // a key-based account by the form of the app's custom fields
            page.getByLabel("App", new Page.GetByLabelOptions().setExact(true)).selectOption(ledgerApp);
            page.getByLabel("Account name").fill("Team ledger");
            page.getByLabel("API key").fill("ledger-key-1");
            page.getByLabel("Base URL").fill(ledger.url(""));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Connect account")).click();
            Locator notice = page.locator("p.notice[role=status]");
            assertThat(notice).containsText("Connected Team ledger (Ledger).");
            Locator table = page.locator("table.list");
            assertThat(table.locator("tr", new Locator.LocatorOptions().setHasText("Team ledger"))).containsText("healthy");
            JsonObject account = owner.api().get("/v1/accounts?app=" + ledgerApp).json().getJsonArray("data").getJsonObject(0);
            String ledgerId = account.getString("id");
            assertFalse(account.getBoolean("shared"));
            JsonObject wf = owner.api().createHttpWorkflow("console-ledger", steps(Json.createObjectBuilder().add("name", "balance")
                    .add("props", Json.createObjectBuilder().add("ledger", Json.createObjectBuilder().add("authProvisionId", ledgerId)))
                    .add("code", """
                            export default defineComponent({
                              props: { ledger: { type: "app", app: "%s" } },
                              async run() {
                                const r = await fetch(this.ledger.$auth.base_url + "/balance",
                                  { headers: { Authorization: "Bearer " + this.ledger.$auth.api_key } });
                                return r.status === 200 ? (await r.json()).balance : r.status;
                              },
                            })""".formatted(ledgerApp)).build().toString()));
            assertEquals(42, owner.api().runOnce(wf).getJsonArray("steps").getJsonObject(0).getInt("$return_value"),
                    "the credentials typed into the form reach the step");

            Locator share = page.getByLabel("Share Team ledger (Ledger) with the workspace");
            share.click();
            assertThat(notice).containsText("Team ledger (Ledger) is shared with the workspace.");
            assertThat(share).isChecked();
            assertTrue(owner.api().get("/v1/accounts/" + ledgerId).json().getJsonObject("data").getBoolean("shared"));

            // an OAuth app for which the workspace has no OAuth client: the refusal is shown on the page
            page.getByLabel("App", new Page.GetByLabelOptions().setExact(true)).selectOption(elmApp);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Connect with Elm")).click();
            assertThat(page.locator("#account-app-error")).containsText("has no OAuth client");
            assertThat(page).hasURL(Pattern.compile("/accounts$"));

            // an OAuth account through the provider, back on this page
            page.getByLabel("App", new Page.GetByLabelOptions().setExact(true)).selectOption(oakApp);
            page.getByLabel("Account name").fill("Oak main");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Connect with Oak")).click();
            assertThat(page).hasURL(Pattern.compile("/accounts\\?account_id=apn_"));
            assertThat(notice).containsText("Connected Oak main (Oak).");
            assertThat(table.locator("tr", new Locator.LocatorOptions().setHasText("Oak main"))).containsText("healthy");
            ConsoleBrowser.screenshot(page, "accounts");

            // a member: the shared account only, without the owner's controls
            Page other = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 900), member.username(), member.password());
            other.navigate("/accounts");
            Locator theirs = other.locator("table.list");
            assertThat(theirs).containsText("Team ledger");
            assertThat(theirs).not().containsText("Oak main");
            assertThat(other.getByLabel("Share Team ledger (Ledger) with the workspace")).isDisabled();
            assertThat(other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete Team ledger (Ledger)")))
                    .hasCount(0);
            other.context().close();

            // deleting after a confirmation
            String oakId = owner.api().get("/v1/accounts?app=" + oakApp).json().getJsonArray("data").getJsonObject(0).getString("id");
            page.onceDialog(d -> d.accept());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete Oak main (Oak)")).click();
            assertThat(notice).containsText("Deleted Oak main (Oak).");
            assertThat(table).not().containsText("Oak main");
            assertEquals(404, owner.api().get("/v1/accounts/" + oakId).status());

            // renaming (the seed's nickname)
            page.onceDialog(d -> d.accept("Finance ledger"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rename Team ledger (Ledger)")).click();
            assertThat(notice).containsText("Renamed to Finance ledger.");
            assertThat(table).containsText("Finance ledger");
            assertEquals("Finance ledger", owner.api().get("/v1/accounts/" + ledgerId).json().getJsonObject("data").getString("name"));

            // an action's app prop and data store prop are chosen from pickers in the builder's props form
            Api.Reply spare = owner.api().post("/v1/accounts", Json.createObjectBuilder().add("app", ledgerApp).add("name", "Spare ledger")
                    .add("credentials", Json.createObjectBuilder().add("api_key", "wrong-key").add("base_url", ledger.url(""))).build().toString());
            assertEquals(200, spare.status(), spare.body());
            String spareId = spare.json().getJsonObject("data").getString("id");
            String component = """
                    export default defineComponent({
                      name: "Ledger check", key: "ledger-check-%s", version: "0.0.1", type: "action",
                      props: { ledger: { type: "app", app: "%s", label: "Ledger account" }, db: { type: "data_store", label: "Store" } },
                      async run() {
                        const r = await fetch(this.ledger.$auth.base_url + "/balance", { headers: { Authorization: "Bearer " + this.ledger.$auth.api_key } });
                        return { status: r.status, greeting: await this.db.get("greeting") };
                      },
                    })""".formatted(suffix, ledgerApp);
            Api.Reply saved = owner.api().post("/v1/components", Json.createObjectBuilder().add("component_code", component).build().toString());
            assertEquals(200, saved.status(), saved.body());
            JsonObject probe = owner.api().createHttpWorkflow("console-pickers-probe", steps(io.millrace.it.support.JsCode.step("s", "export default defineComponent({ async run() { return 1 } })")));
            String projectId = probe.getString("project_id");
            String alphaId = owner.api().post("/v1/projects/" + projectId + "/data_stores", "{\"name\":\"alpha-" + suffix + "\"}")
                    .json().getJsonObject("data").getString("id");
            String betaId = owner.api().post("/v1/projects/" + projectId + "/data_stores", "{\"name\":\"beta-" + suffix + "\"}")
                    .json().getJsonObject("data").getString("id");
            assertEquals(200, owner.api().put("/v1/data_stores/" + betaId + "/records/greeting", "{\"value\":\"from beta\"}").status());
            JsonObject checking = owner.api().createHttpWorkflow("console-pickers", "[{\"name\":\"check\",\"component\":\""
                    + saved.json().getJsonObject("data").getString("id") + "\",\"props\":{\"ledger\":{\"authProvisionId\":\"" + spareId
                    + "\"},\"db\":\"" + alphaId + "\"}}]");
            page.navigate("/workflows/" + checking.getString("id"));
            Locator props = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Props of step check"));
            Locator accountPicker = props.getByLabel("Ledger account");
            assertThat(accountPicker).containsText("Finance ledger");
            assertThat(accountPicker).hasValue("{\"authProvisionId\":\"" + spareId + "\"}");
            Locator store = props.getByLabel("Store");
            assertThat(store).containsText("beta-" + suffix);
            assertThat(store).hasValue("\"" + alphaId + "\"");
            accountPicker.selectOption("{\"authProvisionId\":\"" + ledgerId + "\"}");
            store.selectOption("\"" + betaId + "\"");
            ConsoleBrowser.screenshot(page, "builder-pickers");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy").setExact(true)).first().click();
            assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Deployed version 2"))).isVisible();
            JsonObject result = owner.api().runOnce(owner.api().get("/v1/workflows/" + checking.getString("id")).json().getJsonObject("data"))
                    .getJsonArray("steps").getJsonObject(0).getJsonObject("$return_value");
            assertEquals(200, result.getInt("status"), "the account chosen in the picker: " + result);
            assertEquals("from beta", result.getString("greeting"), "the data store chosen in the picker: " + result);
            // a new workflow has no project yet: its data store picker lists the stores of every project, by project
            page.navigate("/workflows/new");
            page.getByLabel("Find an action").fill("data store");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search actions")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add action data-store-get")).click();
            Locator storeOfNew = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Props of step data_store_get"))
                    .locator("select[id$='-prop-dataStore']");
            assertThat(storeOfNew).containsText("/ beta-" + suffix);
            page.context().close();
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
