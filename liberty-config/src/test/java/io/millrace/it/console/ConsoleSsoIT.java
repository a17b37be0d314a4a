package io.millrace.it.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.millrace.it.support.Keycloak;
import io.millrace.it.signin.SsoServer;
import io.millrace.it.support.Api;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in to the console with a company account, in Chromium: by LDAP (the in-memory UnboundID directory of
 * the LDAP sign-in ITs) and through Keycloak (OIDC), against the sign-in ITs' server ({@link SsoServer}). Its own
 * class because Keycloak takes minutes to start on a busy machine; the rest of the console's journeys do not wait.
 */
@ExtendWith(SsoServer.class)
class ConsoleSsoIT {
    private static Keycloak keycloak;
    private static Api server;
    private static ConsoleBrowser browser;

    @BeforeAll
    static void start() throws Exception {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        keycloak = SsoServer.get().keycloak();
        server = SsoServer.get().admin();
        browser = new ConsoleBrowser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close(); // the server and Keycloak stay up for the other sign-in classes; the run's end stops them
        }
    }

    @AfterEach
    void noBrowserErrors() {
        // Keycloak's own pages are not the console's: only errors of Millrace's pages count
        List<String> errors = browser.errors.stream().filter(e -> !e.contains(keycloak.base())).toList();
        browser.errors.clear();
        assertEquals(List.of(), errors, "the browser console stays free of errors");
    }

    /**
     * Signs lena in on Keycloak's form: true once the browser is back at the console's workflows page, false if it
     * still shows Keycloak's form after a while. Keycloak checks the password (PBKDF2) and Millrace provisions the
     * user: slow on a busy machine.
     */
    private static boolean submitKeycloaksForm(Page page) {
        return submitKeycloaksForm(page, "lena");
    }

    /** As {@link #submitKeycloaksForm(Page)} for the realm's user {@code username} (password {@code <username>-secret}). */
    private static boolean submitKeycloaksForm(Page page, String username) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(username + "-secret");
        page.locator("#kc-login").click();
        try {
            assertThat(page).hasURL(Pattern.compile("^" + literal(server.base()) + "/workflows$"),
                    new PageAssertions.HasURLOptions().setTimeout(30_000));
            return true;
        } catch (AssertionError notBack) {
            if (page.url().startsWith(keycloak.base()) && page.locator("#kc-login").isVisible()) {
                return false;
            }
            throw new AssertionError(notBack.getMessage() + "\nthe page says: " + pageText(page), notBack);
        }
    }

    private static String pageText(Page page) {
        return page.url() + " " + page.locator("body").innerText().replaceAll("\\s+", " ");
    }

    /** {@code text} as a regular expression matching itself, in the syntax JavaScript shares (no \\Q…\\E). */
    private static String literal(String text) {
        return text.replaceAll("[.?*+^$()\\[\\]{}|\\\\/]", "\\\\$0");
    }

    @Test
    void aPersonSignsInWithTheDirectorysPasswordAndJoinsTheMappedWorkspace() {
        Page page = browser.page(server.base(), 1280, 800);
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
        Page page = browser.page(server.base(), 1280, 800);
        // from an invitation's "Sign in to join", the SSO buttons come back to the invitation (OidcSignInIT follows it)
        page.navigate("/sign-in?next=" + java.net.URLEncoder.encode("/invitations/inv_x", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with OpenID Connect")))
                .hasAttribute("href", Pattern.compile("\\?return_to=%2Finvitations%2Finv_x$"));
        page.navigate("/sign-in");
        ConsoleBrowser.screenshot(page, "sign-in-methods");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with OpenID Connect")).click();
        assertThat(page).hasURL(Pattern.compile("^" + literal(keycloak.issuer()) + "/protocol/openid-connect/auth\\?"));
        if (!submitKeycloaksForm(page)) {
            // Keycloak itself showed its form again (seen once in a CI run of the whole suite, without a message):
            // a person would sign in again; say so in the log, and so does the test, once
            System.out.println("ConsoleSsoIT: Keycloak showed its sign-in form again; it said: " + pageText(page));
            assertTrue(submitKeycloaksForm(page), "Keycloak's form came back twice: " + pageText(page));
        }
        assertThat(page.locator(".topbar .user")).hasText("lena");
        assertThat(page.getByLabel("Workspace").locator("option")).hasText(new String[] {"default (member)"});
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Workflows"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(Pattern.compile("/sign-in"));
        page.context().close();
    }

    /** The realm user {@code mona} signs in nowhere else: in a run of the whole suite, erin is already a user (OidcSignInIT), and a SAML sign-in of the same name becomes {@code erin-2}. */
    @Test
    void aPersonSignsInWithSamlThroughKeycloakAndLandsInTheConsole() {
        Page page = browser.page(server.base(), 1280, 800);
        page.navigate("/sign-in");
        Locator saml = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with SAML"));
        assertThat(saml).isVisible();
        saml.click();
        assertThat(page).hasURL(Pattern.compile("^" + literal(keycloak.issuer()) + "/protocol/saml"));
        if (!submitKeycloaksForm(page, "mona")) {
            System.out.println("ConsoleSsoIT: Keycloak showed its sign-in form again; it said: " + pageText(page));
            assertTrue(submitKeycloaksForm(page, "mona"), "Keycloak's form came back twice: " + pageText(page));
        }
        assertThat(page.locator(".topbar .user")).hasText("mona");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Workflows"))).isVisible();
        ConsoleBrowser.screenshot(page, "sign-in-saml-signed-in");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(Pattern.compile("/sign-in"));
        page.context().close();
    }
}
