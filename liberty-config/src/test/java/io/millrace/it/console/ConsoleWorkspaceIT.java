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
import io.millrace.it.support.Wait;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console's workspace pages in Chromium against the real server: the dashboard's numbers, chart and rankings
 * (and at a phone's width), a member without access to a project who neither sees its workflows nor opens them by
 * URL, role changes and member removal, a person in two workspaces switching between them; no browser console
 * errors in any of them.
 */
class ConsoleWorkspaceIT extends ConsoleJourneys {
    private static final Api ADMIN = Api.server();
    private static final String OK = "export default defineComponent({ async run() { return 1 } })";
    private static final String FAILS = "export default defineComponent({ async run() { throw new Error('nope') } })";
    private static JsonObject workflow(Api api, String name, String projectId, String code) {
        var body = Json.createObjectBuilder().add("name", name)
                .add("triggers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "http")))
                .add("steps", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "only").add("code", code)));
        if (projectId != null) {
            body.add("project_id", projectId);
        }
        Api.Reply r = api.post("/v1/workflows", body.build().toString());
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("data");
    }

    private static void finished(Api api, int n) {
        Wait.until(n + " finished executions", 90, () -> api.get("/v1/executions/counts?status=success,error")
                .json().getJsonObject("data").getInt("total"), total -> total == n);
    }

    private static Locator tile(Page page, String label) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(label).setExact(true)).locator(".tile-value");
    }

    @Test
    void theDashboardShowsHoursQueuesTheSlowestAndTheMostFailingWorkflows() {
        LocalUser user = LocalUsers.create(ADMIN, "console-dashboard");
        JsonObject ok = workflow(user.api(), "nightly-report", null, OK);
        JsonObject bad = workflow(user.api(), "card-charger", null, FAILS);
        user.api().trigger(ok, "{}");
        user.api().trigger(ok, "{}");
        user.api().trigger(bad, "{}");
        finished(user.api(), 3);

        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), user.username(), user.password());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard")).click();
        assertThat(page).hasURL(Pattern.compile("/dashboard$"));
        assertThat(tile(page, "Executions")).hasText("3");
        assertThat(tile(page, "Errors")).hasText("1");
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Errors").setExact(true)))
                .containsText("33.3% of executions");
        Locator hours = page.locator("figure.hour-chart svg g.hour");
        assertThat(hours).hasCount(24);
        int charted = 0;
        for (int i = 22; i < 24; i++) { // the current hour, or the one before when the test crossed the hour
            charted += Integer.parseInt(hours.nth(i).getAttribute("data-executions"));
        }
        assertEquals(3, charted, "the last hours' bars hold the three executions");
        assertThat(hours.nth(23).locator("title")).containsText(Pattern.compile("\\d+ executions, \\d+ errors"));
        Locator failing = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Most failing workflows"));
        assertThat(failing.locator("tbody tr")).hasCount(1);
        assertThat(failing.locator("tbody tr")).containsText("card-charger");
        assertThat(failing.locator("tbody tr")).containsText("100%");
        Locator slowest = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Slowest workflows"));
        assertThat(slowest.locator("tbody tr")).hasCount(2);
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Queues")))
                .containsText("Nothing is waiting or running.");
        ConsoleBrowser.screenshot(page, "dashboard");

        // by keyboard, with the focus visible: Tab from the 24-hour button to the 7-day one, Enter chooses it
        Locator week = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Last 7 days"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Last 24 hours")).focus();
        page.keyboard().press("Tab");
        assertThat(week).isFocused();
        assertEquals("solid", page.evaluate("getComputedStyle(document.activeElement).outlineStyle"), "a visible focus ring");
        page.keyboard().press("Enter");
        assertThat(week).hasAttribute("aria-pressed", "true");
        assertThat(hours).hasCount(168);
        assertThat(tile(page, "Executions")).hasText("3");

        failing.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("card-charger")).click();
        assertThat(page).hasURL(Pattern.compile("/workflows/" + bad.getString("id") + "/executions$"));

        page.context().close();

        // a phone in the system's dark setting
        Page phone = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 390, 844, com.microsoft.playwright.options.ColorScheme.DARK),
                user.username(), user.password());
        phone.navigate("/dashboard");
        assertThat(phone.locator("figure.hour-chart svg g.hour")).hasCount(24);
        assertThat(tile(phone, "Executions")).hasText("3");
        assertEquals("rgb(15, 18, 22)", phone.evaluate("getComputedStyle(document.body).backgroundColor"), "the dark theme");
        assertEquals(390, ConsoleBrowser.scrollWidth(phone), "no sideways scrolling");
        ConsoleBrowser.screenshot(phone, "phone-dashboard-dark");
        phone.context().close();
    }

    @Test
    void aMemberWithoutAccessToAProjectNeitherSeesNorOpensItsWorkflows() {
        LocalUser owner = LocalUsers.create(ADMIN, "console-owner");
        String secret = owner.api().post("/v1/workspaces/" + owner.orgId() + "/projects", "{\"name\":\"Payroll\"}")
                .json().getJsonObject("data").getString("id");
        workflow(owner.api(), "open-report", null, OK);
        JsonObject hidden = workflow(owner.api(), "payroll-run", secret, FAILS);
        owner.api().trigger(hidden, "{}");
        finished(owner.api(), 1);
        assertEquals(200, owner.api().put("/v1/projects/" + secret + "/access", "{\"restricted\":true,\"members\":[]}").status());
        LocalUser member = LocalUsers.create(ADMIN, "console-member", owner.orgId(), "member");

        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), member.username(), member.password());
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("open-report"))).isVisible();
        assertThat(page.locator("main")).not().containsText("payroll-run");
        assertThat(page.getByLabel("Project")).not().containsText("Payroll");

        page.navigate("/workflows/" + hidden.getString("id"));
        Locator alert = page.getByRole(AriaRole.ALERT);
        assertThat(alert).containsText("This workflow is not available");
        assertThat(alert).containsText("in a project you do not have access to");
        assertThat(page.locator("main")).not().containsText("payroll-run");
        ConsoleBrowser.screenshot(page, "no-project-access");
        page.navigate("/workflows/" + hidden.getString("id") + "/executions");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("This workflow is not available");
        page.navigate("/dashboard");
        assertThat(tile(page, "Executions")).hasText("0");
        assertThat(tile(page, "Errors")).hasText("0");

        // the owner sees it all
        Page owners = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), owner.username(), owner.password());
        assertThat(owners.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("payroll-run"))).isVisible();
        owners.context().close();
        page.context().close();
    }

    @Test
    void anAdminChangesAMembersRoleAndRemovesAMember() {
        LocalUser owner = LocalUsers.create(ADMIN, "console-team");
        LocalUser ann = LocalUsers.create(ADMIN, "console-ann", owner.orgId(), "member");
        LocalUser bob = LocalUsers.create(ADMIN, "console-bob", owner.orgId(), "member");
        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), owner.username(), owner.password());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Members")).click();
        Locator annRole = page.getByLabel("Role of " + ann.username());
        assertThat(annRole).hasValue("member");
        annRole.selectOption("admin");
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(ann.username() + " is now admin"))).isVisible();
        assertEquals("admin", role(owner, ann.id()), "the role is stored");
        assertEquals(200, ann.api().get("/v1/workspaces/" + owner.orgId() + "/audit_log").status(), "and works: admins read the log");

        page.onceDialog(d -> {
            assertTrue(d.message().contains(bob.username()), d.message());
            d.dismiss();
        });
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove " + bob.username())).click();
        assertThat(page.locator("table.list")).containsText(bob.username());
        page.onceDialog(d -> d.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove " + bob.username())).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(bob.username() + " was removed"))).isVisible();
        assertThat(page.locator("table.list")).not().containsText(bob.username());
        assertEquals(404, owner.api().get("/v1/workspaces/" + owner.orgId() + "/members/" + bob.id()).status());
        ConsoleBrowser.screenshot(page, "members");
        assertFitsAPhone(page);
        page.context().close();
    }

    @Test
    void anInviteLinkOpenedInTheBrowserMakesAnAccountOrJoinsSomeoneWhoSignsIn() {
        LocalUser owner = LocalUsers.create(ADMIN, "console-inviter");
        String workspaceName = owner.api().get("/v1/workspaces/" + owner.orgId()).json().getJsonObject("data").getString("name");
        String domain = "d" + Long.toString(System.nanoTime(), 36) + ".example";
        // the owner makes an invite link on the members page
        Page owners = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), owner.username(), owner.password());
        owners.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Members")).click();
        owners.getByLabel("Allowed email domains").fill("ops@" + domain); // a domain, not an address: 400 naming it
        owners.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create invite link")).click();
        assertThat(owners.locator("#link-domains-error")).isVisible();
        owners.getByLabel("Allowed email domains").fill(domain);
        owners.getByLabel("Role for the link").selectOption("admin");
        owners.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create invite link")).click();
        String url = owners.locator(".invite-link-url code").textContent();
        assertThat(owners.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke the link for " + domain))).isVisible();
        owners.context().close();
        String link = java.net.URI.create(url).getPath();

        // a new person: the page says what the link invites to, an address elsewhere is refused, then an account
        Page page = browser.page(ADMIN.base(), 1280, 800);
        page.navigate(link);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Join " + workspaceName))).isVisible();
        assertThat(page.locator(".invited-role")).hasText("admin");
        assertThat(page.locator("main")).containsText("For addresses at " + domain);
        assertFitsAPhone(page);
        String newcomer = "newcomer-" + Long.toString(System.nanoTime(), 36);
        page.getByLabel("Username").fill(newcomer);
        page.getByLabel("Password").fill(LocalUsers.PASSWORD);
        page.getByLabel("Email").fill(newcomer + "@elsewhere.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account and join")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
        ConsoleBrowser.screenshot(page, "invitation");
        page.getByLabel("Email").fill(newcomer + "@" + domain);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account and join")).click();
        assertThat(page).hasURL(Pattern.compile("/workflows$"));
        assertThat(page.getByLabel("Workspace")).hasValue(owner.orgId());
        assertEquals("admin", memberRoles(owner).get(newcomer), "joined with the link's role");
        page.context().close();

        // someone with an account: signs in from the page, comes back to it, and joins
        LocalUser joiner = LocalUsers.create(ADMIN, "console-joiner");
        assertEquals(200, joiner.api().put("/v1/users/me", "{\"email\":\"" + joiner.username() + "@" + domain + "\"}").status());
        Page second = browser.page(ADMIN.base(), 1280, 800);
        second.navigate(link);
        second.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in to join")).click();
        assertThat(second).hasURL(Pattern.compile("/sign-in\\?next="));
        second.getByLabel("Username").fill(joiner.username());
        second.getByLabel("Password").fill(joiner.password());
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(second).hasURL(Pattern.compile(link + "$")); // the token is letters, digits and _
        assertThat(second.getByText("Signed in as " + joiner.username())).isVisible();
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join " + workspaceName)).click();
        assertThat(second).hasURL(Pattern.compile("/workflows$"));
        assertThat(second.getByLabel("Workspace")).hasValue(owner.orgId());
        assertEquals("admin", memberRoles(owner).get(joiner.username()));

        second.navigate("/invitations/mri_" + "x".repeat(40));
        assertThat(second.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This invitation cannot be used"))).isVisible();
        second.context().close();
    }

    @Test
    void anEmailInvitationSentFromTheMembersPageIsAcceptedFromItsMailedLink() {
        io.millrace.it.support.ItSmtp smtp = new io.millrace.it.support.ItSmtp();
        smtp.start();
        try {
            LocalUser owner = LocalUsers.create(ADMIN, "console-mailer");
            String address = "mailed-" + Long.toString(System.nanoTime(), 36) + "@example.com";
            Page owners = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), owner.username(), owner.password());
            owners.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Members")).click();
            owners.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(address);
            owners.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
            assertThat(owners.locator("main")).containsText(address + " (member), expires");

            String link = mailedLink(smtp, address);
            Page page = browser.page(ADMIN.base(), 1280, 800);
            page.navigate(link);
            assertThat(page.locator("main")).containsText("Sent to " + address);
            assertThat(page.getByLabel("Email")).hasCount(0); // the invited address is the new person's
            String username = "mailed-" + Long.toString(System.nanoTime(), 36);
            page.getByLabel("Username").fill(username);
            page.getByLabel("Password").fill(LocalUsers.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account and join")).click();
            assertThat(page).hasURL(Pattern.compile("/workflows$"));
            assertThat(page.getByLabel("Workspace")).hasValue(owner.orgId());
            assertEquals("member", memberRoles(owner).get(username));
            owners.reload();
            assertThat(owners.locator("table.list")).containsText(username);
            assertThat(owners.getByText("No pending invitations")).isVisible(); // used once
            page.navigate(link);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This invitation cannot be used"))).isVisible();
            page.context().close();
            owners.context().close();
        } finally {
            smtp.stop();
        }
    }

    /** The path of the invitation link mailed to {@code address}, waited for up to 30 s. */
    private static String mailedLink(io.millrace.it.support.ItSmtp smtp, String address) {
        Pattern link = Pattern.compile("https?://[^\\s/]+(/invitations/mri_[A-Za-z0-9]+)");
        return Wait.until("the invitation mailed to " + address, 30, () -> {
            try {
                for (jakarta.mail.internet.MimeMessage m : smtp.received()) {
                    if (java.util.Arrays.stream(m.getRecipients(jakarta.mail.Message.RecipientType.TO))
                            .anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                        java.util.regex.Matcher found = link.matcher(String.valueOf(m.getContent()));
                        return found.find() ? found.group(1) : null;
                    }
                }
                return null;
            } catch (jakarta.mail.MessagingException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }, found -> found != null);
    }

    @Test
    void anAdminSetsTheLoginPolicyAndMakesAnOAuthClientWhoseSecretWorks() {
        LocalUser owner = LocalUsers.create(ADMIN, "console-policy");
        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), owner.username(), owner.password());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Workspace settings")).click();
        page.getByLabel("Login methods").selectOption("sso_with_guests");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
        assertThat(page.locator("#ws-sso-domains-error")).isVisible(); // sso_with_guests needs the domains: under that field
        page.getByLabel("SSO domains").fill("example.com, corp.example");
        page.getByLabel("Notification emails").fill("ops@example.com");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Settings saved"))).isVisible();
        JsonObject stored = owner.api().get("/v1/workspaces/" + owner.orgId()).json().getJsonObject("data");
        assertEquals("sso_with_guests", stored.getString("login_methods"), stored.toString());
        assertEquals(List.of("example.com", "corp.example"), stored.getJsonArray("sso_domains").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("ops@example.com", stored.getJsonArray("notification_emails").getString(0));
        page.reload();
        assertThat(page.getByLabel("Login methods")).hasValue("sso_with_guests");
        ConsoleBrowser.screenshot(page, "workspace-settings");
        assertFitsAPhone(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("OAuth clients")).click();
        assertThat(page.getByText("No OAuth clients")).isVisible();
        page.getByLabel("Name of a new client").fill("nightly-sync");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create client")).click();
        String clientId = page.locator(".notice code.client-id").textContent();
        String secret = page.locator(".notice code.client-secret").textContent();
        assertThat(page.locator("table.list")).containsText("nightly-sync");
        assertEquals(200, token(clientId, secret).status(), "the secret shown once works");
        assertFitsAPhone(page);
        page.onceDialog(d -> d.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rotate the secret of nightly-sync")).click();
        assertThat(page.locator(".notice code.client-secret")).not().hasText(secret);
        String rotated = page.locator(".notice code.client-secret").textContent();
        assertEquals(401, token(clientId, secret).status(), "the old secret stops at once");
        assertEquals(200, token(clientId, rotated).status());
        page.onceDialog(d -> d.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete nightly-sync")).click();
        assertThat(page.getByText("No OAuth clients")).isVisible();
        assertEquals(401, token(clientId, rotated).status());
        page.context().close();
    }

    /** At a 390-px phone's width the page does not scroll sideways; then back to the desktop size. */
    @Test
    void aPersonInTwoWorkspacesSwitchesBetweenThemAndEachShowsItsOwnWorkflows() {
        LocalUser ana = LocalUsers.create(ADMIN, "console-switch-ana");
        LocalUser team = LocalUsers.create(ADMIN, "console-switch-team");
        String tag = Long.toString(System.nanoTime(), 36);
        String code = io.millrace.it.support.JsCode.steps(io.millrace.it.support.JsCode.step("s",
                "export default defineComponent({ async run() { return 1 } })"));
        ana.api().createHttpWorkflow("own-" + tag, code);
        team.api().createHttpWorkflow("team-" + tag, code);
        Api.Reply added = ADMIN.post("/v1/admin/workspaces/" + team.orgId() + "/members",
                "{\"user_id\":\"" + ana.id() + "\",\"role\":\"member\"}");
        assertEquals(200, added.status(), added.body());

        Page page = ConsoleBrowser.signIn(browser.page(ADMIN.base(), 1280, 800), ana.username(), ana.password());
        page.navigate("/workflows");
        Locator switcher = page.getByLabel("Workspace", new Page.GetByLabelOptions().setExact(true));
        assertThat(switcher.locator("option")).hasCount(2);
        assertThat(switcher).hasValue(ana.orgId());
        assertThat(page.locator("main")).containsText("own-" + tag);
        assertThat(page.locator("main")).not().containsText("team-" + tag);

        switcher.selectOption(team.orgId());
        assertThat(page.locator("main")).containsText("team-" + tag);
        assertThat(page.locator("main")).not().containsText("own-" + tag);
        ConsoleBrowser.screenshot(page, "workspace-switched");
        page.reload(); // the choice is remembered
        assertThat(switcher).hasValue(team.orgId());
        assertThat(page.locator("main")).containsText("team-" + tag);
        switcher.selectOption(ana.orgId());
        assertThat(switcher).hasValue(ana.orgId());
        assertThat(page.locator("main")).containsText("own-" + tag);
        page.context().close();
    }

    private static void assertFitsAPhone(Page page) {
        page.setViewportSize(390, 844);
        assertEquals(390, ConsoleBrowser.scrollWidth(page), "no sideways scrolling at 390 px on " + page.url());
        page.setViewportSize(1280, 800);
    }

    private static Api.Reply token(String clientId, String secret) {
        return ADMIN.raw(ADMIN.request("/v1/oauth/token").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"client_credentials\",\"client_id\":\""
                        + clientId + "\",\"client_secret\":\"" + secret + "\"}")));
    }

    private static java.util.Map<String, String> memberRoles(LocalUser owner) {
        java.util.Map<String, String> roles = new java.util.HashMap<>();
        owner.api().get("/v1/workspaces/" + owner.orgId() + "/members").json().getJsonArray("data")
                .getValuesAs(JsonObject.class).forEach(m -> roles.put(m.getString("username"), m.getString("role")));
        return roles;
    }

    private static String role(LocalUser owner, String userId) {
        return owner.api().get("/v1/workspaces/" + owner.orgId() + "/members/" + userId).json()
                .getJsonObject("data").getString("role");
    }
}
