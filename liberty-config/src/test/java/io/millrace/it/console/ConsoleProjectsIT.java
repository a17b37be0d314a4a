package io.millrace.it.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
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
 * In Chromium: the Projects page — a project made, a folder in it, its access restricted and then granted to one
 * member (the access badge follows), and what that member sees before and after; a workflow of the project moved into the
 * folder from the builder and back to the root.
 */
class ConsoleProjectsIT extends ConsoleJourneys {
    private static final Api ADMIN = Api.server();

    private static Locator project(Page page, String name) {
        return page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Project " + name).setExact(true));
    }

    @Test
    void aProjectGetsAFolderAndItsAccessIsRestrictedThenGrantedToAMember() {
        LocalUser owner = LocalUsers.create(ADMIN, "console-projects");
        LocalUser member = LocalUsers.create(ADMIN, "console-projects-member", owner.orgId(), "member");
        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), owner.username(), owner.password());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Projects").setExact(true)).click();
        page.getByLabel("Name of a new project").fill("Payroll");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create project")).click();
        Locator payroll = project(page, "Payroll");
        assertThat(payroll.locator(".badge")).hasText("everyone");

        payroll.getByLabel("Name of a new folder in Payroll").fill("2026");
        payroll.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create folder")).click();
        assertThat(payroll.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Folders of Payroll"))).containsText("2026");

        payroll.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change who sees Payroll")).click();
        payroll.getByLabel("Restricted").check();
        payroll.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save access")).click();
        assertThat(payroll.getByRole(AriaRole.STATUS)).hasText("Access saved: restricted, 0 members chosen.");
        assertThat(payroll.locator("h2 .badge")).hasText("restricted");
        String projectId = owner.api().get("/v1/workspaces/" + owner.orgId() + "/projects").json().getJsonArray("data")
                .stream().map(v -> v.asJsonObject()).filter(p -> p.getString("name").equals("Payroll")).findFirst()
                .orElseThrow().getString("id");
        JsonObject access = owner.api().get("/v1/projects/" + projectId + "/access").json().getJsonObject("data");
        assertTrue(access.getBoolean("restricted"), access.toString());
        assertEquals(0, access.getJsonArray("members").size());
        assertEquals(1, owner.api().get("/v1/projects/" + projectId + "/folders").json().getJsonArray("data").size());

        Page members = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), member.username(), member.password());
        members.navigate("/projects");
        assertThat(members.locator("article.project").first()).isVisible();
        assertThat(project(members, "Payroll")).hasCount(0);
        assertThat(members.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change who sees")))
                .hasCount(0); // a member sets no project's access (not its creator)

        payroll.getByLabel(member.username() + " (member)").check();
        payroll.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save access")).click();
        assertThat(payroll.getByRole(AriaRole.STATUS)).hasText("Access saved: restricted, 1 member chosen.");
        ConsoleBrowser.screenshot(page, "projects");
        String memberId = member.api().get("/v1/users/me").json().getJsonObject("data").getString("id");
        assertEquals(memberId, owner.api().get("/v1/projects/" + projectId + "/access").json().getJsonObject("data")
                .getJsonArray("members").getString(0));
        members.reload();
        assertThat(project(members, "Payroll").locator(".badge")).hasText("restricted");
        members.context().close();

        // a workflow of the project moved into the folder from the builder, and back to the root; nothing is deployed
        JsonObject workflow = owner.api().post("/v1/workflows", "{\"name\":\"salaries\",\"project_id\":\"" + projectId
                + "\",\"triggers\":[{\"type\":\"http\"}],\"steps\":" + io.millrace.it.support.JsCode.steps(io.millrace.it.support.JsCode.step("s",
                "export default defineComponent({ async run() { return 1 } })")) + "}").json().getJsonObject("data");
        String folderId = owner.api().get("/v1/projects/" + projectId + "/folders").json().getJsonArray("data").getJsonObject(0).getString("id");
        page.navigate("/workflows/" + workflow.getString("id"));
        Locator folder = page.getByLabel("Folder", new Page.GetByLabelOptions().setExact(true));
        assertThat(folder).hasValue("");
        folder.selectOption(folderId);
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Moved"))).hasText("Moved to the folder 2026.");
        JsonObject moved = owner.api().get("/v1/workflows/" + workflow.getString("id")).json().getJsonObject("data");
        assertEquals(folderId, moved.getString("folder_id"), moved.toString());
        assertEquals(workflow.getInt("version"), moved.getInt("version"), "a move deploys nothing");
        ConsoleBrowser.screenshot(page, "builder-folder");
        page.reload();
        assertThat(folder).hasValue(folderId);
        folder.selectOption("");
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Moved"))).hasText("Moved to the project's root.");
        assertTrue(owner.api().get("/v1/workflows/" + workflow.getString("id")).json().getJsonObject("data").isNull("folder_id"));
        page.context().close();
    }
}
