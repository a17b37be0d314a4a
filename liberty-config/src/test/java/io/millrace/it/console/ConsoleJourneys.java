package io.millrace.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the console's journey classes share against the suite's server: one Chromium for the class, assertions that
 * wait up to 20 s for what a page shows (a sign-in checks a slow password hash and the machine may be busy), and
 * a browser console free of errors after every test.
 */
abstract class ConsoleJourneys {
    static ConsoleBrowser browser;

    @BeforeAll
    static void launch() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        browser = new ConsoleBrowser();
    }

    @AfterAll
    static void quit() {
        browser.close();
    }

    @AfterEach
    void noBrowserErrors() {
        List<String> errors = List.copyOf(browser.errors);
        browser.errors.clear();
        assertEquals(List.of(), errors, "the browser console stays free of errors");
    }
}
