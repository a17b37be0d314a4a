package io.millrace.it.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.millrace.it.support.Api;
import io.millrace.it.support.LocalUsers;
import io.millrace.it.support.LocalUsers.LocalUser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * In Chromium: a workflow's schedule trigger in the builder with its next fire times (those the API gives) and
 * Run Now starting an execution; a project's file store page listing a directory, uploading a file, downloading
 * it and deleting it; email and source triggers shown (address copied, the source linked) and kept when the HTTP
 * trigger's authorization changes.
 */
class ConsoleSchedulesFilesIT extends ConsoleJourneys {
    private static final Api ADMIN = Api.server();

    @Test
    void aScheduleTriggerShowsItsNextFireTimesAndRunsNow() {
        LocalUser user = LocalUsers.create(ADMIN, "console-schedule");
        String step = Json.createObjectBuilder().add("name", "tick")
                .add("code", "export default defineComponent({ async run({ steps }) { return steps.trigger.event.cron } })")
                .build().toString();
        Api.Reply created = user.api().post("/v1/workflows", "{\"name\":\"weekday mornings\",\"triggers\":[{\"type\":\"schedule\","
                + "\"cron\":\"0 9 * * 1-5\",\"timezone\":\"Europe/Berlin\"}],\"steps\":[" + step + "]}");
        assertEquals(200, created.status(), created.body());
        JsonObject workflow = created.json().getJsonObject("data");
        String id = workflow.getString("id");
        JsonObject trigger = workflow.getJsonArray("triggers").getJsonObject(0);

        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), user.username(), user.password());
        page.navigate("/workflows/" + id);
        Locator schedule = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(Pattern.compile("^Schedule: ")));
        assertThat(schedule).containsText("0 9 * * 1-5");
        assertThat(schedule).containsText("Europe/Berlin");
        Locator times = schedule.locator("ol.next-fires time");
        assertThat(times).hasCount(5);
        assertEquals(trigger.getJsonArray("next_fire_times").getString(0), times.first().getAttribute("datetime"));
        assertThat(times.first()).containsText("9:00");
        ConsoleBrowser.screenshot(page, "builder-schedule-trigger");

        schedule.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Run now")).click();
        Locator started = schedule.getByRole(AriaRole.STATUS);
        assertThat(started).containsText("Started execution");
        String executionId = started.getByRole(AriaRole.LINK).textContent();
        JsonObject ex = user.api().awaitExecution(id, e -> e.getString("id").equals(executionId)
                && e.getString("status").equals("success"));
        assertEquals("0 9 * * 1-5", ex.getJsonArray("steps").getJsonObject(0).getString("$return_value"));
        page.context().close();
    }

    @Test
    void emailAndSourceTriggersAreShownAndKeptWhenTheHttpTriggersAuthorizationChanges() {
        LocalUser user = LocalUsers.create(ADMIN, "console-email-source");
        JsonObject source = io.millrace.it.support.Sources.fromCode(user.api(), "console-emitter", """
                export default {
                  name: "Http emitter",
                  props: { http: { type: "$.interface.http" } },
                  async run(event) { this.$emit(event.body, { summary: "from http" }); },
                };""", null);
        String sourceId = source.getString("id");
        String step = Json.createObjectBuilder().add("name", "s")
                .add("code", "export default defineComponent({ async run() { return 1 } })").build().toString();
        Api.Reply created = user.api().post("/v1/workflows", "{\"name\":\"mail and source\",\"triggers\":[{\"type\":\"http\"},"
                + "{\"type\":\"email\"},{\"type\":\"source\",\"source_id\":\"" + sourceId + "\"}],\"steps\":[" + step + "]}");
        assertEquals(200, created.status(), created.body());
        JsonObject workflow = created.json().getJsonObject("data");
        String id = workflow.getString("id");
        String address = workflow.getJsonArray("triggers").stream().map(v -> v.asJsonObject())
                .filter(t -> t.getString("type").equals("email")).findFirst().orElseThrow().getString("email_address");

        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), user.username(), user.password());
        page.navigate("/workflows/" + id);
        assertThat(page.locator(".email-address")).hasText(address);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy address")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy address (copied)"))).isVisible();
        assertEquals(address, page.evaluate("navigator.clipboard.readText()"));
        Locator sourceLink = page.locator("section.trigger").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(sourceId));
        assertThat(sourceLink).isVisible();
        ConsoleBrowser.screenshot(page, "builder-email-source-triggers");

        // the HTTP trigger's authorization changes; the email address and the source stay
        page.getByLabel("Authorization", new Page.GetByLabelOptions().setExact(true)).selectOption("oauth");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Deployed version 2"))).isVisible();
        JsonObject deployed = user.api().get("/v1/workflows/" + id).json().getJsonObject("data");
        java.util.List<JsonObject> triggers = deployed.getJsonArray("triggers").stream().map(v -> v.asJsonObject()).toList();
        assertEquals(3, triggers.size(), deployed.toString());
        assertEquals("oauth", triggers.stream().filter(t -> t.getString("type").equals("http")).findFirst().orElseThrow()
                .getJsonObject("auth").getString("type"));
        assertEquals(address, triggers.stream().filter(t -> t.getString("type").equals("email")).findFirst().orElseThrow()
                .getString("email_address"));
        assertEquals(sourceId, triggers.stream().filter(t -> t.getString("type").equals("source")).findFirst().orElseThrow()
                .getString("source_id"));
        assertThat(page.locator(".email-address")).hasText(address);

        sourceLink.click();
        assertThat(page).hasURL(Pattern.compile("/event-sources/" + sourceId + "$"));
        page.context().close();
    }

    @Test
    void aProjectsFileStoreListsUploadsDownloadsAndDeletes() throws Exception {
        LocalUser user = LocalUsers.create(ADMIN, "console-files");
        String project = user.api().get("/v1/workspaces/" + user.orgId() + "/projects").json().getJsonArray("data")
                .getJsonObject(0).getString("id");
        Api.Reply put = user.api().raw(user.api().request("/v1/projects/" + project + "/files/content?path=reports/2026/q1.csv")
                .header("Authorization", "Bearer " + user.api().apiKey()).header("Content-Type", "text/csv")
                .PUT(HttpRequest.BodyPublishers.ofString("a,b\n1,2\n")));
        assertEquals(200, put.status(), put.body());

        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), user.username(), user.password());
        page.navigate("/file-stores");
        assertThat(page.locator("table.list")).containsText("reports/"); // the store's listing has loaded
        byte[] bytes = "hello from the console\n".getBytes(StandardCharsets.UTF_8);
        page.getByLabel("File to upload").setInputFiles(new FilePayload("hello.txt", "text/plain", bytes));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload").setExact(true)).click();
        assertThat(page.locator("p.notice[role=status]")).containsText("Uploaded hello.txt"); // not the list's Loading… status
        assertEquals(new String(bytes, StandardCharsets.UTF_8),
                user.api().get("/v1/projects/" + project + "/files/content?path=hello.txt").body());

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download hello.txt")).click());
        assertArrayEquals(bytes, Files.readAllBytes(download.path()));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open directory reports").setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open directory reports/2026").setExact(true)).click();
        assertThat(page.locator("table.list")).containsText("reports/2026/q1.csv");
        assertThat(page.locator("table.list")).containsText("text/csv");
        ConsoleBrowser.screenshot(page, "file-store");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Root").setExact(true)).click();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete hello.txt").setExact(true)).click();
        assertThat(page.locator("p.notice[role=status]")).containsText("Deleted hello.txt");
        assertThat(page.locator("table.list")).not().containsText("hello.txt");
        assertEquals(404, user.api().get("/v1/projects/" + project + "/files/metadata?path=hello.txt").status());
        page.context().close();
    }
}
