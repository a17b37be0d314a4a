package io.millrace.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConsolePathsTest {

    @Test
    void pagesAreTheConsolesOwnPathsOnly() {
        for (String page : new String[] {"/", "/workflows", "/workflows/p_1/executions/e_1", "/history", "/sign-in",
                "/settings/members", "/event-sources/dc_1", "/data-stores", "/dashboard", "/accounts", "/projects"}) {
            assertTrue(ConsolePaths.isPage(page), page);
        }
        for (String api : new String[] {"/v1/workflows", "/e/abc", "/health", "/openapi", "/login", "/session",
                "/logout", "/sources/dc_1/sse", "/oidc/login", "/metrics", "/workflowsx", "/error", ""}) {
            assertFalse(ConsolePaths.isPage(api), api);
        }
    }

    @Test
    void anInvitationsLinkIsThePageForABrowserAndJsonForTheApi() {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        assertTrue(ConsolePaths.isInvitationPage("/invitations/mri_abc123", browser));
        assertFalse(ConsolePaths.isInvitationPage("/invitations/mri_abc123", "application/json"));
        assertFalse(ConsolePaths.isInvitationPage("/invitations/mri_abc123", null));
        assertFalse(ConsolePaths.isInvitationPage("/invitations/mri_abc123/accept", browser));
        assertFalse(ConsolePaths.isInvitationPage("/invitations/", browser));
        assertFalse(ConsolePaths.isInvitationPage("/invitations/a/../b", browser));
        assertFalse(ConsolePaths.isPage("/invitations/mri_abc123"), "not a page for every client");
    }

    @Test
    void filesAreNamedSafelyAndOfAKnownType() {
        assertEquals("main.js", ConsolePaths.file("/console/main.js", ConsolePaths.FILES));
        assertEquals("preact/10.26.4/dist/preact.module.js",
                ConsolePaths.file("/webjars/preact/10.26.4/dist/preact.module.js", ConsolePaths.WEBJARS));
        assertNull(ConsolePaths.file("/console/../WEB-INF/web.xml", ConsolePaths.FILES));
        assertNull(ConsolePaths.file("/console/.hidden.js", ConsolePaths.FILES));
        assertNull(ConsolePaths.file("/console//main.js", ConsolePaths.FILES));
        assertNull(ConsolePaths.file("/console/index.html", ConsolePaths.FILES), "the page is served at its paths only");
        assertNull(ConsolePaths.file("/webjars/x/pom.xml", ConsolePaths.WEBJARS));
        assertNull(ConsolePaths.file("/webjars/x/a.class", ConsolePaths.WEBJARS));
        assertEquals("text/javascript; charset=utf-8", ConsolePaths.contentType("a/b.js"));
        assertEquals("text/css; charset=utf-8", ConsolePaths.contentType("app.css"));
    }
}
