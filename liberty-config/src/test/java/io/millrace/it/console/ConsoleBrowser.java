package io.millrace.it.console;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Debian's Chromium driven by Playwright (nothing is downloaded: the driver is in the Maven artifact), with one
 * context per test; every page's console errors and uncaught exceptions are collected for the test to assert
 * none. Screenshots go to {@code target/console-screenshots}.
 */
final class ConsoleBrowser implements AutoCloseable {
    static final Path SCREENSHOTS = Paths.get("target", "console-screenshots");
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    /**
     * Chromium logs every 4xx answer as "Failed to load resource"; those are the API's answers the console
     * handles (401 from /session before sign-in, a deploy's 400, 404 from /login/methods where it does not
     * exist). Every other console error counts: script errors, CSP violations, 5xx answers.
     */
    private static final java.util.regex.Pattern ANSWERED_4XX =
            java.util.regex.Pattern.compile("^Failed to load resource: the server responded with a status of 4\\d\\d ");

    private final Playwright playwright;
    private final Browser browser;
    final List<String> errors = new CopyOnWriteArrayList<>();

    ConsoleBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("ConsoleIT needs Chromium at " + CHROMIUM + " (apt-get install -y chromium;"
                    + " .ci/run installs it)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** A fresh context (no cache, no cookies) of that viewport in the light scheme, whose pages report their errors. */
    Page page(String baseUrl, int width, int height) {
        return page(baseUrl, width, height, com.microsoft.playwright.options.ColorScheme.LIGHT);
    }

    /** As {@link #page(String, int, int)}, with the system's colour scheme {@code scheme}. */
    Page page(String baseUrl, int width, int height, com.microsoft.playwright.options.ColorScheme scheme) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)
                .setViewportSize(width, height).setColorScheme(scheme));
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !ANSWERED_4XX.matcher(m.text()).find()) {
                errors.add("console: " + m.text() + " at " + m.location());
            }
        });
        page.onPageError(e -> errors.add("page error: " + e));
        page.setDefaultTimeout(20_000);
        return page;
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Signs in on the sign-in page a visit of {@code /workflows} leads to, with a password (local or LDAP). */
    static Page signIn(Page page, String username, String password) {
        page.navigate("/workflows");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page)
                .hasURL(java.util.regex.Pattern.compile("/sign-in\\?next=%2Fworkflows$"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page)
                .hasURL(java.util.regex.Pattern.compile("/workflows$"));
        return page;
    }

    /** The page's width as laid out: equal to the viewport's when nothing scrolls sideways. */
    static int scrollWidth(Page page) {
        return ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
