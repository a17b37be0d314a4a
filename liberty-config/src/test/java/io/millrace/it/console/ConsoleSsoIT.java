package io.millrace.it.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.millrace.it.support.Keycloak;
import io.millrace.it.support.ProfileServer;
import io.millrace.it.support.TestDirectory;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signing in to the console with a company account, in Chromium: by LDAP (the in-memory UnboundID directory of
 * the LDAP sign-in ITs) and through Keycloak (OIDC), against a second server configured for both. Its own class
 * because Keycloak takes minutes to start on a busy machine; the rest of the console's journeys do not wait.
 */
class ConsoleSsoIT {
    private static TestDirectory directory;
    private static Keycloak keycloak;
    private static ProfileServer server;
    private static ConsoleBrowser browser;

    @BeforeAll
    static void start() throws Exception {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        directory = new TestDirectory("dc=example,dc=com", "/signin/directory.ldif");
        keycloak = Keycloak.shared();
        server = new ProfileServer("millrace-console-sso", List.of(
                "MILLRACE_LDAP_URL=" + directory.url(),
                "MILLRACE_LDAP_BASE_DN=" + directory.baseDn(),
                "MILLRACE_LDAP_GROUP_FILTER=(&(objectClass=groupOfNames)(member={dn}))",
                "MILLRACE_OIDC_ISSUER=" + keycloak.issuer(),
                "MILLRACE_OIDC_CLIENT_ID=" + Keycloak.CLIENT_ID,
                "MILLRACE_OIDC_CLIENT_SECRET=" + Keycloak.CLIENT_SECRET,
                "MILLRACE_SSO_GROUPS=engineers=default:member",
                "MILLRACE_AUTH_FAILURES_ALLOWED=200"));
        try {
            server.start();
        } catch (RuntimeException | Error e) { // not ready in time: stop it, or it outlives the test run
            server.remove();
            server = null;
            throw e;
        }
        browser = new ConsoleBrowser();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
            if (server != null) {
                server.remove(); // Keycloak stays up for other classes; a JVM shutdown hook stops it
            }
        } finally {
            if (directory != null) {
                directory.close();
            }
        }
    }

    @AfterEach
    void noBrowserErrors() {
        // Keycloak's own pages are not the console's: only errors of Millrace's pages count
        List<String> errors = browser.errors.stream().filter(e -> !e.contains(keycloak.base())).toList();
        browser.errors.clear();
        assertEquals(List.of(), errors, "the browser console stays free of errors");
    }

    /** {@code text} as a regular expression matching itself, in the syntax JavaScript shares (no \\Q…\\E). */
    private static String literal(String text) {
        return text.replaceAll("[.?*+^$()\\[\\]{}|\\\\/]", "\\\\$0");
    }

    @Test
    void aPersonSignsInWithTheDirectorysPasswordAndJoinsTheMappedWorkspace() {
        Page page = browser.page(server.api().base(), 1280, 800);
        page.navigate("/workflows");
        assertThat(page).hasURL(Pattern.compile("/sign-in\\?next=%2Fworkflows$"));
        page.getByLabel("the directory (LDAP)").check();
        page.getByLabel("Username").fill("alice");
        page.getByLabel("Password").fill("not-her-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("wrong username or password");
        page.getByLabel("Password").fill("alice-secret");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile("/workflows$"));
        assertThat(page.locator(".topbar .user")).hasText("alice");
        assertThat(page.getByLabel("Workspace").locator("option")).hasText(new String[] {"default (member)"});
        ConsoleBrowser.screenshot(page, "sign-in-ldap-signed-in");
        page.reload();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Workflows"))).isVisible();
        page.context().close();
    }

    @Test
    void aPersonSignsInThroughKeycloakAndLandsInTheConsole() {
        Page page = browser.page(server.api().base(), 1280, 800);
        page.navigate("/sign-in");
        ConsoleBrowser.screenshot(page, "sign-in-methods");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with OpenID Connect")).click();
        assertThat(page).hasURL(Pattern.compile("^" + literal(keycloak.issuer()) + "/protocol/openid-connect/auth\\?"));
        page.locator("#username").fill("dana");
        page.locator("#password").fill("dana-secret");
        page.locator("#kc-login").click();
        // Keycloak checks the password (PBKDF2) and Millrace provisions the user: slow on a busy machine
        try {
            assertThat(page).hasURL(Pattern.compile("^" + literal(server.api().base()) + "/workflows$"),
                    new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(30_000));
        } catch (AssertionError stillAtKeycloak) { // say what Keycloak's page says, not only where it stands
            throw new AssertionError(stillAtKeycloak.getMessage() + "\nthe page says: "
                    + page.locator("body").innerText().replaceAll("\\s+", " "), stillAtKeycloak);
        }
        assertThat(page.locator(".topbar .user")).hasText("dana");
        assertThat(page.getByLabel("Workspace").locator("option")).hasText(new String[] {"default (member)"});
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Workflows"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(Pattern.compile("/sign-in"));
        page.context().close();
    }
}
